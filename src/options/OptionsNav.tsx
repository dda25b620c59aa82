const SECTIONS = [
  { id: 'watch', title: 'Watch terms' },
  { id: 'custom', title: 'Custom terms' },
  { id: 'sites', title: 'Sites' },
  { id: 'appearance', title: 'Appearance' },
  { id: 'shortcuts', title: 'Keyboard shortcuts' },
  { id: 'import', title: 'Import data' },
  { id: 'backup', title: 'Backup & restore' },
  { id: 'about', title: 'About the data' },
];

/** In-page links to each section. */
export function OptionsNav() {
  return (
    <nav aria-label="Settings sections" class="options-nav">
      <ul class="plain-list">
        {SECTIONS.map((section) => (
          <li key={section.id}>
            <a href={`#${section.id}`}>{section.title}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

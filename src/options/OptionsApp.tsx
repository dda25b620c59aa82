import { StatusLine } from '../ui/components/StatusLine';
import { useBackground } from '../ui/hooks/use-background';
import { useBroadcast } from '../ui/hooks/use-broadcast';
import { AboutSection } from './about/AboutSection';
import { AppearanceSection } from './appearance/AppearanceSection';
import { BackupSection } from './backup/BackupSection';
import { CustomTermsSection } from './custom/CustomTermsSection';
import { ImportSection } from './data-import/ImportSection';
import { OptionsNav } from './OptionsNav';
import { ShortcutsSection } from './shortcuts/ShortcutsSection';
import { SitesSection } from './sites/SitesSection';
import { WatchTermsSection } from './watch/WatchTermsSection';

/** The settings page. Every change round-trips through the background, which broadcasts bg/ui-state-changed. */
export function OptionsApp() {
  const overview = useBackground({ type: 'ui/overview' }, 'overview');
  const about = useBackground({ type: 'ui/about' }, 'about');

  useBroadcast((message) => {
    if (message.type === 'bg/ui-state-changed') {
      overview.reload();
      about.reload();
    }
  });

  const data = overview.value;
  return (
    <div class="options-layout">
      <header class="options-header">
        <h1>NK Threat Lens settings</h1>
      </header>
      <OptionsNav />
      <main class="options-main">
        {!data && (
          <StatusLine status={overview.status} error={'error' in overview ? overview.error : undefined} />
        )}
        {data && (
          <>
            <WatchTermsSection groups={data.groups} />
            <CustomTermsSection terms={data.customTerms} />
            <SitesSection rules={data.siteRules} />
            <AppearanceSection settings={data.settings} />
            <ShortcutsSection />
            <ImportSection imports={data.imports} />
            <BackupSection />
          </>
        )}
        <AboutSection about={about} />
      </main>
    </div>
  );
}

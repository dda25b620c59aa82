import { useEffect, useRef } from 'preact/hooks';
import type { GroupProfile } from '../../shared/views/group-views';
import { StatusLine } from '../../ui/components/StatusLine';
import { formatPartialDate } from '../../ui/format';
import { useBackground } from '../../ui/hooks/use-background';
import { BountyList } from './BountyList';
import { IncidentList } from './IncidentList';
import { IncidentTimeline } from './IncidentTimeline';
import { NamesList } from './NamesList';
import { RelatedGroups } from './RelatedGroups';
import { SourcesList } from './SourcesList';

const KIND_LABEL: Record<GroupProfile['group']['kind'], string> = {
  group: 'Threat group',
  umbrella: 'Umbrella name',
  campaign: 'Campaign',
};

interface Props {
  groupId: string;
  groupNames: ReadonlyMap<string, string>;
  onOpenGroup: (groupId: string) => void;
  onBack: () => void;
}

/** Everything the dataset knows about one group. */
export function GroupProfileView({ groupId, groupNames, onOpenGroup, onBack }: Props) {
  const profile = useBackground({ type: 'ui/group', groupId }, groupId);
  const heading = useRef<HTMLHeadingElement>(null);
  const shown = profile.value?.group.id === groupId ? profile.value : null;

  // Keyboard and screen-reader users land on the new profile, not back at the top of the page.
  useEffect(() => {
    if (shown) {
      heading.current?.focus();
    }
  }, [shown?.group.id]);

  return (
    <article class="stack profile" aria-busy={!shown}>
      <button type="button" class="back-button" onClick={onBack}>
        ← Back
      </button>
      {!shown && (
        <StatusLine status={profile.status} error={'error' in profile ? profile.error : undefined} />
      )}
      {shown && (
        <ProfileBody profile={shown} groupNames={groupNames} onOpenGroup={onOpenGroup} headingRef={heading} />
      )}
    </article>
  );
}

function ProfileBody({
  profile,
  groupNames,
  onOpenGroup,
  headingRef,
}: {
  profile: GroupProfile;
  groupNames: ReadonlyMap<string, string>;
  onOpenGroup: (groupId: string) => void;
  headingRef: { current: HTMLHeadingElement | null };
}) {
  const { group } = profile;
  return (
    <>
      <header>
        <h2 tabIndex={-1} ref={headingRef}>
          {group.name}
        </h2>
        <p>
          <span class="badge accent">{KIND_LABEL[group.kind]}</span>{' '}
          {group.attackId && <span class="badge">ATT&amp;CK {group.attackId}</span>}
        </p>
        <p>{group.summary}</p>
        <dl class="facts">
          <dt>Sponsor</dt>
          <dd>{group.sponsor || 'Not attributed'}</dd>
          {group.firstSeen && (
            <>
              <dt>First reported</dt>
              <dd>{formatPartialDate(group.firstSeen)}</dd>
            </>
          )}
        </dl>
        <RelatedGroups parents={profile.parents} children={profile.children} onOpenGroup={onOpenGroup} />
      </header>

      <section aria-labelledby="profile-names">
        <h3 id="profile-names">Names ({profile.aliases.length})</h3>
        <NamesList
          aliases={profile.aliases}
          sources={profile.sources}
          groupNames={groupNames}
          onOpenGroup={onOpenGroup}
        />
      </section>

      {profile.bounties.length > 0 && (
        <section aria-labelledby="profile-bounties">
          <h3 id="profile-bounties">Rewards offered ({profile.bounties.length})</h3>
          <BountyList bounties={profile.bounties} />
        </section>
      )}

      <section aria-labelledby="profile-incidents">
        <h3 id="profile-incidents">Incidents ({profile.incidents.length})</h3>
        {profile.incidents.length > 0 ? (
          <>
            <IncidentTimeline incidents={profile.incidents} />
            <details class="incident-details">
              <summary>All {profile.incidents.length} incidents as a list, with sources</summary>
              <IncidentList incidents={profile.incidents} />
            </details>
          </>
        ) : (
          <p class="muted">No incidents in the dataset are attributed to this group.</p>
        )}
      </section>

      <section aria-labelledby="profile-sources">
        <h3 id="profile-sources">Sources</h3>
        <SourcesList sources={profile.sources} links={group.links} />
      </section>
    </>
  );
}

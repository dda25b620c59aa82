import type { Group } from '../../shared/dataset/types';

type GroupRef = Pick<Group, 'id' | 'name'>;

function GroupLinks({ groups, onOpenGroup }: { groups: GroupRef[]; onOpenGroup: (groupId: string) => void }) {
  return (
    <>
      {groups.map((group, index) => (
        <span key={group.id}>
          {index > 0 && ', '}
          <button type="button" class="link-like" onClick={() => onOpenGroup(group.id)}>
            {group.name}
          </button>
        </span>
      ))}
    </>
  );
}

/** Umbrella groups this one belongs to and the groups it covers. */
export function RelatedGroups({
  parents,
  children,
  onOpenGroup,
}: {
  parents: GroupRef[];
  children: GroupRef[];
  onOpenGroup: (groupId: string) => void;
}) {
  if (parents.length === 0 && children.length === 0) {
    return null;
  }
  return (
    <dl class="facts">
      {parents.length > 0 && (
        <>
          <dt>Part of</dt>
          <dd>
            <GroupLinks groups={parents} onOpenGroup={onOpenGroup} />
          </dd>
        </>
      )}
      {children.length > 0 && (
        <>
          <dt>Includes</dt>
          <dd>
            <GroupLinks groups={children} onOpenGroup={onOpenGroup} />
          </dd>
        </>
      )}
    </dl>
  );
}

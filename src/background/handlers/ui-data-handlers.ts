import type { Handlers } from '../../shared/messages/dispatch';
import type { UiResponses } from '../../shared/messages/responses';
import type { UiRequest } from '../../shared/messages/ui-to-background';
import type { Overview } from '../../shared/views/state-views';
import { buildGroupProfile } from '../state/profile';
import { searchDataset } from '../state/search';
import { aliasTarget, groupTarget, switchedOffTargets } from '../state/watch-list';
import { readUserData } from '../store/user-data';
import { fail, type HandlerContext } from './context';

type DataRequest = Extract<UiRequest, { type: 'ui/overview' | 'ui/group' | 'ui/search' | 'ui/about' }>;

export const uiDataHandlers: Handlers<DataRequest, UiResponses, HandlerContext> = {
  async 'ui/overview'(_request, { runtime }) {
    const [data, user, bootstrap] = await Promise.all([
      runtime.dataset(),
      readUserData(runtime.db),
      runtime.bootstrap(),
    ]);
    const off = switchedOffTargets(user.watchSwitches);
    const groups: Overview['groups'] = data.groups.map((group) => ({
      id: group.id,
      name: group.name,
      kind: group.kind,
      enabled: !off.has(groupTarget(group.id)),
      aliases: data.aliases
        .filter((alias) => alias.groupId === group.id)
        .map((alias) => ({
          id: alias.id,
          name: alias.name,
          lang: alias.lang,
          enabled: !off.has(aliasTarget(alias.id)),
          ambiguity: alias.ambiguity,
          caseSensitive: alias.caseSensitive,
          disputed: alias.disputed,
        })),
    }));
    return {
      settings: bootstrap.settings,
      groups,
      customTerms: user.customTerms,
      siteRules: user.siteRules,
      imports: data.imports.map((record) => ({
        id: record.id,
        fileName: record.source.name,
        producer: record.source.producer,
        importedAt: record.importedAt,
        groupCount: record.groups.length,
        aliasCount: record.aliases.length,
      })),
      dataset: data.meta ? { version: data.meta.version, builtAt: data.meta.builtAt } : null,
    };
  },

  async 'ui/group'(request, { runtime }) {
    const profile = buildGroupProfile(await runtime.dataset(), request.groupId);
    if (!profile) {
      fail('not-found', 'No group with that id is in the dataset.');
    }
    return profile;
  },

  async 'ui/search'(request, { runtime }) {
    return searchDataset(await runtime.dataset(), request.query);
  },

  async 'ui/about'(_request, { runtime }) {
    const data = await runtime.dataset();
    return {
      sources: data.sources,
      dataset: data.meta,
      counts: {
        groups: data.groups.length,
        aliases: data.aliases.length,
        bounties: data.bounties.length,
        incidents: data.incidents.length,
      },
    };
  },
};

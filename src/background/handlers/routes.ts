import { contentRequestSchema } from '../../shared/messages/content-to-background';
import { route, type Route } from '../../shared/messages/dispatch';
import { uiRequestSchema } from '../../shared/messages/ui-to-background';
import { contentHandlers } from './content-handlers';
import type { HandlerContext } from './context';
import { uiDataHandlers } from './ui-data-handlers';
import { uiStoreHandlers } from './ui-store-handlers';
import { uiTabHandlers } from './ui-tab-handlers';
import { uiWatchHandlers } from './ui-watch-handlers';

/** Every message the background answers, by direction and by who may send it. */
export const backgroundRoutes: Route<HandlerContext>[] = [
  route('content/', ['content'], contentRequestSchema, contentHandlers),
  route('ui/', ['extension'], uiRequestSchema, {
    ...uiDataHandlers,
    ...uiWatchHandlers,
    ...uiStoreHandlers,
    ...uiTabHandlers,
  }),
];

import type { TraceEvent } from '../../../scripts/bench/trace';

/** A renderer main thread (pid 1, tid 2) and another thread, as a Chromium trace names them. */
export const META: TraceEvent[] = [
  {
    name: 'thread_name',
    cat: '__metadata',
    ph: 'M',
    ts: 0,
    pid: 1,
    tid: 2,
    args: { name: 'CrRendererMain' },
  },
  { name: 'thread_name', cat: '__metadata', ph: 'M', ts: 0, pid: 1, tid: 3, args: { name: 'Compositor' } },
];

/** One scheduler task of thread `tid` (the main thread unless told), µs. */
export const task = (ts: number, dur: number, tdur = dur, tid = 2) =>
  ({ name: 'RunTask', cat: 'toplevel', ph: 'X', ts, dur, tdur, pid: 1, tid }) as TraceEvent;

// Long tasks on a page's main thread, with the share of the extension's content script in each:
// a Chromium trace (CDP Tracing) of the page's renderer, for the browser benchmark.
//
// A PerformanceObserver in the page counts long tasks, but cannot say whose they are: in a 1 MB
// textarea Chromium's own editing and layout make every keystroke a long task, with or without
// an extension. The trace can. For every task over 50 ms on the page's main thread it sums the
// time spent in calls into the content script (its script and the layout it forces; nested
// calls counted once), so the benchmark can say which long tasks Svarhjelp made long (over
// 50 ms only with its script time) and how much it added to the ones Chromium makes long anyway.

const LONG_TASK_MS = 50;
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute'].join(',');

/**
 * Starts tracing `page` (a Playwright page). `scriptUrl`, when given, is the start of the content
 * script's URL (chrome-extension://<id>/content-scripts/). Returns stop(), which resolves to the
 * long tasks of the page's renderer main thread between start and stop.
 * @param {import('playwright-core').Page} page
 * @param {string | undefined} scriptUrl
 */
export async function traceLongTasks(page, scriptUrl) {
  const cdp = await page.context().newCDPSession(page);
  /** @type {any[]} */
  const events = [];
  cdp.on('Tracing.dataCollected', (d) => events.push(...d.value));
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
  const pageUrl = new URL(page.url()).origin;
  return async () => {
    await cdp.send('Tracing.end');
    await complete;
    await cdp.detach().catch(() => undefined);
    return longTasksOf(events, pageUrl, scriptUrl);
  };
}

/**
 * @param {any[]} events trace events
 * @param {string} pageOrigin the traced page's origin (which renderer process is the page's)
 * @param {string | undefined} scriptUrl
 * @returns {{ duration: number, script: number, kind: string }[]} in ms, in time order
 */
function longTasksOf(events, pageOrigin, scriptUrl) {
  const pids = new Set();
  for (const e of events) {
    if (e.name !== 'TracingStartedInBrowser') continue;
    for (const f of e.args?.data?.frames ?? []) if (String(f.url ?? '').startsWith(pageOrigin)) pids.add(f.processId);
  }
  const mains = new Set(
    events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && (pids.size === 0 || pids.has(e.pid))).map((e) => `${e.pid}:${e.tid}`),
  );
  const onMain = events.filter((e) => e.ph === 'X' && mains.has(`${e.pid}:${e.tid}`));
  const tasks = onMain.filter((e) => e.name === 'RunTask' && e.dur > LONG_TASK_MS * 1000).sort((a, b) => a.ts - b.ts);
  const calls = scriptUrl
    ? onMain.filter((e) => e.name === 'FunctionCall' && String(e.args?.data?.url ?? '').startsWith(scriptUrl)).sort((a, b) => a.ts - b.ts)
    : [];
  return tasks.map((t) => {
    const end = t.ts + t.dur;
    let script = 0;
    let coveredTo = t.ts;
    for (const c of calls) {
      if (c.ts >= end) break;
      const from = Math.max(c.ts, coveredTo, t.ts);
      const to = Math.min(c.ts + c.dur, end);
      if (to > from) {
        script += to - from;
        coveredTo = to;
      }
    }
    const inside = onMain.filter((e) => e !== t && e.ts >= t.ts && e.ts < end);
    const dispatch = inside.find((e) => e.name === 'EventDispatch')?.args?.data?.type;
    const kind = dispatch
      ? `event:${dispatch}`
      : inside.some((e) => e.name === 'FireAnimationFrame')
        ? 'animation frame'
        : inside.some((e) => e.name === 'TimerFire')
          ? 'timer'
          : inside.some((e) => e.name === 'FunctionCall')
            ? 'script'
            : 'rendering';
    // Where a long task's time goes in Chromium's own work (style, layout, paint …): summed per
    // activity, so a long task with little script says what the browser was doing instead.
    // SVARHJELP_TRACE_ALL=1 sums every trace event inside the long tasks (EventDispatch holds an
    // editing command's default action, FunctionCall the scripts' calls).
    const activities = {};
    for (const e of inside) {
      if ((!ACTIVITIES.has(e.name) && !process.env.SVARHJELP_TRACE_ALL) || !e.dur) continue;
      activities[e.name] = (activities[e.name] ?? 0) + e.dur / 1000;
    }
    return { duration: t.dur / 1000, script: script / 1000, kind, activities };
  });
}

/** Chromium's rendering steps worth naming (trace event names). */
const ACTIVITIES = new Set(['UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'HitTest', 'ComputeIntersections', 'UpdateLayer', 'Commit']);

/** What the benchmark prints of them. */
export function summarizeLongTasks(tasks) {
  const madeLong = tasks.filter((t) => t.duration - t.script <= LONG_TASK_MS);
  const withScript = tasks
    .filter((t) => t.script > 0)
    .map((t) => t.script)
    .sort((a, b) => a - b);
  return {
    count: tasks.length,
    totalMs: tasks.reduce((sum, t) => sum + t.duration, 0),
    longest: Math.max(0, ...tasks.map((t) => t.duration)),
    madeLongByScript: madeLong.length,
    madeLongDurations: madeLong.map((t) => Math.round(t.duration)),
    madeLongDetails: madeLong.map((t) => `${t.kind}: ${Math.round(t.duration)} ms, script ${Math.round(t.script)} ms`),
    scriptInLongTasksMax: withScript.at(-1) ?? 0,
    scriptInLongTasksP50: withScript.length ? withScript[Math.floor((withScript.length - 1) / 2)] : 0,
    kinds: Object.fromEntries([...new Set(tasks.map((t) => t.kind))].map((k) => [k, tasks.filter((t) => t.kind === k).length])),
    // Summed over the long tasks, in ms, largest first.
    activities: Object.fromEntries(
      Object.entries(
        tasks.reduce((sum, t) => {
          for (const [name, ms] of Object.entries(t.activities ?? {})) sum[name] = (sum[name] ?? 0) + ms;
          return sum;
        }, {}),
      )
        .sort((a, b) => b[1] - a[1])
        .map(([name, ms]) => [name, Math.round(ms)]),
    ),
  };
}

import { LitElement, html, svg, nothing } from 'lit';
import { customElement } from 'lit/decorators.js';

/** One incident's date interval as the server sends it: ISO days, both included. */
interface IntervalMessage {
  id: string;
  start: string;
  end: string;
  precision: 'day' | 'month' | 'range';
}

/** The whole period (whole months) and every incident's interval; `withheld` when they are sent per span zoomed to. */
interface DataMessage {
  from: string;
  to: string;
  intervals: IntervalMessage[];
  withheld?: boolean;
}

/** The intervals of a span zoomed to; `tooMany` when it holds too many incidents to send theirs. */
interface IntervalsMessage {
  intervals: IntervalMessage[];
  tooMany: boolean;
}

/** One bar: ISO days, how many incidents overlap them and how many of those are of uncertain date. */
interface BinMessage {
  start: string;
  end: string;
  count: number;
  uncertain: number;
}

interface BinsMessage {
  unit: 'day' | 'week' | 'month';
  bins: BinMessage[];
}

/** The current date, the window's first day (null when cumulative) and the mode. */
interface StateMessage {
  current: string;
  from: string | null;
  mode: 'cumulative' | 'window';
}

interface RangeMessage {
  from: string;
  to: string;
}

/** Days since 1970-01-01 in UTC: every date here is one, and every span a closed interval of them. */
type Day = number;

interface Interval {
  id: string;
  start: Day;
  end: Day;
  precision: IntervalMessage['precision'];
}

interface Bin {
  start: Day;
  end: Day;
  count: number;
  uncertain: number;
}

const MS_PER_DAY = 86_400_000;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

// Layout in CSS pixels: the histogram above the date axis, the rows of intervals below it.
const HEIGHT = 152;
const LEFT = 34;
const RIGHT = 10;
const BARS_TOP = 20;
const BARS_BOTTOM = 86;
const AXIS_LABEL_Y = 100;
const LANES_TOP = 108;
const LANE_PITCH = 5;
const MAX_LANES = 8;
const MIN_TICK_GAP = 56;
/** The shortest span one can zoom to. */
const MIN_SPAN_DAYS = 14;
/** A press that moves less than this is a click; more, a drag that selects a range. */
const DRAG_THRESHOLD = 4;
/** How long the view must rest before the server is asked for bars that fit it. */
const ZOOM_REPORT_DELAY_MS = 150;

const toDay = (iso: string): Day => Math.round(Date.parse(`${iso}T00:00:00Z`) / MS_PER_DAY);
const toIso = (day: Day): string => new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
const utc = (day: Day): Date => new Date(day * MS_PER_DAY);
const dayLabel = (day: Day): string => `${utc(day).getUTCDate()} ${monthLabel(day)}`;
const monthLabel = (day: Day): string => `${MONTHS[utc(day).getUTCMonth()]} ${utc(day).getUTCFullYear()}`;
const toInterval = (i: IntervalMessage): Interval => ({ id: i.id, start: toDay(i.start), end: toDay(i.end), precision: i.precision });
const clamp = (value: number, min: number, max: number) => Math.min(Math.max(value, min), max);

/** How an interval is shown to people: `7 Feb 2018`, `Oct 2019` or `7 Feb 2018 – 8 Feb 2018`. */
function intervalLabel(interval: Interval): string {
  switch (interval.precision) {
    case 'day':
      return dayLabel(interval.start);
    case 'month':
      return monthLabel(interval.start);
    default:
      return `${dayLabel(interval.start)} – ${dayLabel(interval.end)}`;
  }
}

let instances = 0;

/**
 * A timeline of incidents drawn as SVG: bars of incidents per month, week or day (the part of each bar that is
 * incidents of uncertain date hatched), each incident's interval as a thin bar in rows beneath, the current date as
 * a line and the shown window shaded. The server drives it with `setData`, `setBins`, `setIntervals`, `setState`
 * and `setRange` (JSON strings; with many incidents their intervals come with `setIntervals` for a span zoomed to) and hears back through DOM events: `atlas-timeline-date` {date} on a click,
 * `atlas-timeline-range` {from, to} on a drag, and `atlas-timeline-zoom` {from, to} when the span shown changes
 * (wheel or buttons), to which it answers with bars that fit the span. All dates are ISO days. Text is only ever
 * set through Lit's text bindings, never as HTML.
 */
@customElement('atlas-timeline')
export class AtlasTimeline extends LitElement {
  private period?: { from: Day; to: Day };
  private intervals: Interval[] = [];
  /** Whether the span shown holds too many incidents for their intervals to be sent: zoom in to pick one. */
  private withheld = false;
  private bins: Bin[] = [];
  private unit: BinsMessage['unit'] = 'month';
  private state?: { current: Day; from: Day | null; mode: StateMessage['mode'] };
  private range?: { from: Day; to: Day };
  /** The days shown, both included. */
  private viewFrom: Day = 0;
  private viewTo: Day = 0;
  private width = 640;
  /** A press on the chart: where it started, where it is, whether it became a drag, and the incident interval it began on. */
  private drag?: { startX: number; x: number; pointerId: number; brushing: boolean; incidentId?: string };
  private zoomReport?: number;
  private resizeObserver?: ResizeObserver;
  private readonly hatchId = `atlas-timeline-hatch-${++instances}`;

  protected createRenderRoot() {
    return this;
  }

  connectedCallback() {
    super.connectedCallback();
    this.resizeObserver = new ResizeObserver(() => {
      const width = this.clientWidth;
      if (width > 0 && width !== this.width) {
        this.width = width;
        this.requestUpdate();
      }
    });
    this.resizeObserver.observe(this);
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    window.clearTimeout(this.zoomReport);
  }

  /** Sets the period and the incidents' intervals (an empty string for none) and shows the whole period. */
  setData(json: string) {
    if (!json) {
      this.period = undefined;
      this.intervals = [];
      this.withheld = false;
      this.bins = [];
      this.requestUpdate();
      return;
    }
    const data = JSON.parse(json) as DataMessage;
    this.period = { from: toDay(data.from), to: toDay(data.to) };
    this.intervals = data.intervals.map(toInterval);
    this.withheld = data.withheld === true;
    this.viewFrom = this.period.from;
    this.viewTo = this.period.to;
    this.requestUpdate();
  }

  /** Replaces the incidents' intervals, keeping the span shown. */
  setIntervals(json: string) {
    const message = JSON.parse(json) as IntervalsMessage;
    this.intervals = message.intervals.map(toInterval);
    this.withheld = message.tooMany;
    this.requestUpdate();
  }

  /** Replaces the bars. */
  setBins(json: string) {
    const message = JSON.parse(json) as BinsMessage;
    this.unit = message.unit;
    this.bins = message.bins.map((b) => ({ start: toDay(b.start), end: toDay(b.end), count: b.count, uncertain: b.uncertain }));
    this.requestUpdate();
  }

  /** Moves the current-date line and the shaded window. */
  setState(json: string) {
    const message = JSON.parse(json) as StateMessage;
    this.state = { current: toDay(message.current), from: message.from ? toDay(message.from) : null, mode: message.mode };
    this.requestUpdate();
  }

  /** Outlines a range of days, or clears it for an empty string. */
  setRange(json: string) {
    const message = json ? (JSON.parse(json) as RangeMessage) : undefined;
    this.range = message ? { from: toDay(message.from), to: toDay(message.to) } : undefined;
    this.requestUpdate();
  }

  protected render() {
    const unitName = this.unit === 'day' ? 'day' : this.unit === 'week' ? 'week' : 'month';
    const caption = this.period
      ? `Incidents per ${unitName}, ${dayLabel(this.viewFrom)} – ${dayLabel(this.viewTo)}`
        + (this.withheld ? ' · zoom in to pick an incident' : '')
      : 'No incidents to show';
    return html`
      <div class="atlas-timeline-toolbar">
        <span class="atlas-timeline-caption">${caption}</span>
        <span class="atlas-timeline-key">
          <span class="atlas-timeline-swatch"></span>dated to the day
          <span class="atlas-timeline-swatch atlas-timeline-swatch-uncertain"></span>dated to a month or a span
        </span>
        <button type="button" class="atlas-timeline-zoom-in" aria-label="Zoom in" title="Zoom in"
          ?disabled=${!this.period} @click=${() => this.zoomBy(0.5)}>+</button>
        <button type="button" class="atlas-timeline-zoom-out" aria-label="Zoom out" title="Zoom out"
          ?disabled=${!this.period} @click=${() => this.zoomBy(2)}>−</button>
        <button type="button" class="atlas-timeline-zoom-all" aria-label="Show the whole period"
          title="Show the whole period" ?disabled=${!this.period}
          @click=${() => this.period && this.setView(this.period.from, this.period.to)}>All</button>
      </div>
      <svg class="atlas-timeline-chart" width=${this.width} height=${HEIGHT} role="group"
        aria-label="Incidents over time: click a day to make it the current date, drag across days to choose a range, use the wheel or the buttons to zoom"
        @pointerdown=${(e: PointerEvent) => this.onPointerDown(e)}
        @pointermove=${(e: PointerEvent) => this.onPointerMove(e)}
        @pointerup=${(e: PointerEvent) => this.onPointerUp(e)}
        @pointercancel=${() => this.cancelDrag()}
        @wheel=${{ handleEvent: (e: WheelEvent) => this.onWheel(e), passive: false }}>
        <defs>
          <pattern id=${this.hatchId} patternUnits="userSpaceOnUse" width="4" height="4" patternTransform="rotate(45)">
            <rect class="atlas-timeline-hatch-ground" width="4" height="4"></rect>
            <line class="atlas-timeline-hatch-line" x1="0" y1="0" x2="0" y2="4"></line>
          </pattern>
        </defs>
        ${this.period ? this.chart() : svg`<text class="atlas-timeline-empty" x=${this.width / 2} y=${HEIGHT / 2}>No incidents to show</text>`}
      </svg>`;
  }

  private get plotWidth(): number {
    return Math.max(this.width - LEFT - RIGHT, 10);
  }

  private get spanDays(): number {
    return this.viewTo + 1 - this.viewFrom;
  }

  /** The x of the start of a day (fractional days allowed). */
  private x(day: number): number {
    return LEFT + ((day - this.viewFrom) / this.spanDays) * this.plotWidth;
  }

  private clampX(x: number): number {
    return clamp(x, LEFT, LEFT + this.plotWidth);
  }

  /** The day under an x position, within the view. */
  private dayAt(x: number): Day {
    return clamp(this.viewFrom + Math.floor(((x - LEFT) / this.plotWidth) * this.spanDays), this.viewFrom, this.viewTo);
  }

  private chart() {
    const right = LEFT + this.plotWidth;
    return svg`
      ${this.windowShade()}
      <g class="atlas-timeline-bins">${this.bars()}</g>
      <line class="atlas-timeline-baseline" x1=${LEFT} y1=${BARS_BOTTOM} x2=${right} y2=${BARS_BOTTOM}></line>
      <g class="atlas-timeline-axis">${this.ticks()}</g>
      <g class="atlas-timeline-intervals">${this.intervalRows()}</g>
      ${this.rangeOutline()}
      ${this.brush()}
      ${this.currentLine()}`;
  }

  private bars() {
    const shown = this.bins.filter((b) => b.end >= this.viewFrom && b.start <= this.viewTo);
    const max = Math.max(1, ...shown.map((b) => b.count));
    const scale = (BARS_BOTTOM - BARS_TOP) / max;
    const bars = shown.filter((b) => b.count > 0).map((bin) => {
      const x1 = this.clampX(this.x(bin.start));
      const x2 = this.clampX(this.x(bin.end + 1));
      const width = Math.max(x2 - x1 - (x2 - x1 > 4 ? 1 : 0), 1);
      const certainHeight = (bin.count - bin.uncertain) * scale;
      const uncertainHeight = bin.uncertain * scale;
      const what = this.unit === 'month' ? monthLabel(bin.start)
        : this.unit === 'week' ? `week of ${dayLabel(bin.start)}` : dayLabel(bin.start);
      return svg`<g class="atlas-timeline-bin" data-start=${toIso(bin.start)} data-count=${bin.count}
          data-uncertain=${bin.uncertain}>
        <title>${what}: ${bin.count} incident${bin.count === 1 ? '' : 's'}, ${bin.uncertain} of uncertain date</title>
        <rect class="atlas-timeline-bar" x=${x1} y=${BARS_BOTTOM - certainHeight} width=${width} height=${certainHeight}></rect>
        <rect class="atlas-timeline-bar-uncertain" x=${x1} y=${BARS_BOTTOM - certainHeight - uncertainHeight} width=${width}
          height=${uncertainHeight} fill="url(#${this.hatchId})"></rect>
      </g>`;
    });
    return svg`
      <text class="atlas-timeline-count" x=${LEFT - 4} y=${BARS_TOP + 4}>${max}</text>
      <text class="atlas-timeline-count" x=${LEFT - 4} y=${BARS_BOTTOM}>0</text>
      ${bars}`;
  }

  /** Tick marks at whole days, months or years, as fine as leaves labels room. */
  private ticks() {
    const perDay = this.plotWidth / this.spanDays;
    const ticks: { day: Day; text: string }[] = [];
    const dayStep = [1, 2, 7, 14].find((n) => n * perDay >= MIN_TICK_GAP);
    const monthStep = [1, 2, 3, 6].find((n) => n * 30 * perDay >= MIN_TICK_GAP);
    if (dayStep) {
      for (let day = this.viewFrom; day <= this.viewTo; day++) {
        const aligned = dayStep >= 7 ? (day - 4) % dayStep === 0 : day % dayStep === 0; // day 4 was a Monday
        if (aligned) {
          ticks.push({ day, text: dayLabel(day) });
        }
      }
    } else {
      const first = utc(this.viewFrom);
      const yearStep = [1, 2, 5].find((n) => n * 365 * perDay >= MIN_TICK_GAP) ?? 10;
      for (let y = first.getUTCFullYear(), m = first.getUTCMonth(); ; m++) {
        const day = Math.round(Date.UTC(y, m, 1) / MS_PER_DAY);
        if (day > this.viewTo) {
          break;
        }
        const month = ((m % 12) + 12) % 12;
        const year = y + Math.floor(m / 12);
        const wanted = monthStep ? month % monthStep === 0 : month === 0 && year % yearStep === 0;
        if (day >= this.viewFrom && wanted) {
          ticks.push({ day, text: month === 0 || !monthStep ? String(year) : MONTHS[month] });
        }
      }
    }
    const right = LEFT + this.plotWidth;
    return ticks.map((tick) => {
      const x = this.x(tick.day);
      return svg`<line class="atlas-timeline-tick" x1=${x} y1=${BARS_BOTTOM} x2=${x} y2=${BARS_BOTTOM + 4}></line>
        ${x + 30 <= right ? svg`<text class="atlas-timeline-tick-label" x=${x + 2} y=${AXIS_LABEL_Y}>${tick.text}</text>` : nothing}`;
    });
  }

  /** Each incident's interval as a thin bar, in rows so that they overlap as little as the rows allow. */
  private intervalRows() {
    const shown = this.intervals
      .filter((i) => i.end >= this.viewFrom && i.start <= this.viewTo)
      .sort((a, b) => a.start - b.start || b.end - a.end);
    const laneEnds: number[] = [];
    return shown.map((interval) => {
      const x1 = this.clampX(this.x(interval.start));
      const x2 = Math.max(this.clampX(this.x(interval.end + 1)), x1 + 2);
      let lane = laneEnds.findIndex((end) => end + 1 <= x1);
      if (lane < 0) {
        lane = laneEnds.length < MAX_LANES ? laneEnds.length : laneEnds.indexOf(Math.min(...laneEnds));
      }
      laneEnds[lane] = Math.max(laneEnds[lane] ?? 0, x2);
      const uncertain = interval.precision !== 'day';
      return svg`<rect class="atlas-timeline-interval ${uncertain ? 'atlas-timeline-interval-uncertain' : ''}"
          data-id=${interval.id} data-start=${toIso(interval.start)} data-end=${toIso(interval.end)}
          x=${x1} y=${LANES_TOP + lane * LANE_PITCH} width=${x2 - x1} height=${LANE_PITCH - 1}>
        <title>${intervalLabel(interval)} · ${interval.id}</title></rect>`;
    });
  }

  private windowShade() {
    if (!this.state) {
      return nothing;
    }
    const x1 = this.clampX(this.x(this.state.from ?? this.viewFrom));
    const x2 = this.clampX(this.x(this.state.current + 1));
    return x2 > x1
      ? svg`<rect class="atlas-timeline-window atlas-timeline-window-${this.state.mode}" x=${x1} y=${BARS_TOP - 6}
          width=${x2 - x1} height=${HEIGHT - BARS_TOP + 4}></rect>`
      : nothing;
  }

  private currentLine() {
    if (!this.state || this.state.current < this.viewFrom || this.state.current > this.viewTo) {
      return nothing;
    }
    const x = this.x(this.state.current + 1);
    const nearRight = x > LEFT + this.plotWidth - 90;
    return svg`<line class="atlas-timeline-current" x1=${x} y1="4" x2=${x} y2=${HEIGHT - 2}></line>
      <text class="atlas-timeline-current-label" x=${nearRight ? x - 4 : x + 4} y="12"
        text-anchor=${nearRight ? 'end' : 'start'}>${dayLabel(this.state.current)}</text>`;
  }

  private rangeOutline() {
    if (!this.range || this.drag?.brushing) {
      return nothing;
    }
    const x1 = this.clampX(this.x(this.range.from));
    const x2 = this.clampX(this.x(this.range.to + 1));
    return svg`<rect class="atlas-timeline-range" x=${x1} y=${BARS_TOP - 4} width=${Math.max(x2 - x1, 1)}
      height=${HEIGHT - BARS_TOP}></rect>`;
  }

  private brush() {
    if (!this.drag?.brushing) {
      return nothing;
    }
    const x1 = Math.min(this.drag.startX, this.drag.x);
    const x2 = Math.max(this.drag.startX, this.drag.x);
    return svg`<rect class="atlas-timeline-brush" x=${x1} y=${BARS_TOP - 4} width=${x2 - x1} height=${HEIGHT - BARS_TOP}></rect>`;
  }

  private localX(e: MouseEvent): number {
    return e.clientX - (e.currentTarget as Element).getBoundingClientRect().left;
  }

  private onPointerDown(e: PointerEvent) {
    const x = this.localX(e);
    if (!this.period || e.button !== 0 || x < LEFT || x > LEFT + this.plotWidth) {
      return;
    }
    const interval = (e.target as Element).closest?.('.atlas-timeline-interval');
    (e.currentTarget as Element).setPointerCapture(e.pointerId);
    this.drag = { startX: x, x, pointerId: e.pointerId, brushing: false, incidentId: interval?.getAttribute('data-id') ?? undefined };
    e.preventDefault();
  }

  private onPointerMove(e: PointerEvent) {
    if (!this.drag || e.pointerId !== this.drag.pointerId) {
      return;
    }
    this.drag.x = this.clampX(this.localX(e));
    if (Math.abs(this.drag.x - this.drag.startX) >= DRAG_THRESHOLD) {
      this.drag.brushing = true;
    }
    if (this.drag.brushing) {
      this.requestUpdate();
    }
  }

  private onPointerUp(e: PointerEvent) {
    const drag = this.drag;
    if (!drag || e.pointerId !== drag.pointerId) {
      return;
    }
    this.drag = undefined;
    if (drag.brushing) {
      const from = this.dayAt(Math.min(drag.startX, drag.x));
      const to = this.dayAt(Math.max(drag.startX, drag.x));
      this.range = { from, to };
      this.fire('atlas-timeline-range', { from: toIso(from), to: toIso(to) });
    } else {
      this.range = undefined;
      this.fire('atlas-timeline-date', { date: toIso(this.dayAt(drag.startX)) });
      if (drag.incidentId) {
        this.fire('atlas-timeline-incident', { id: drag.incidentId });
      }
    }
    this.requestUpdate();
  }

  private cancelDrag() {
    this.drag = undefined;
    this.requestUpdate();
  }

  private onWheel(e: WheelEvent) {
    if (!this.period) {
      return;
    }
    e.preventDefault();
    if (e.shiftKey || Math.abs(e.deltaX) > Math.abs(e.deltaY)) {
      const shift = Math.round(((e.shiftKey ? e.deltaY : e.deltaX) / this.plotWidth) * this.spanDays);
      this.setView(this.viewFrom + shift, this.viewTo + shift);
      return;
    }
    const anchor = this.viewFrom + ((this.clampX(this.localX(e)) - LEFT) / this.plotWidth) * this.spanDays;
    this.zoomBy(e.deltaY < 0 ? 0.8 : 1.25, anchor);
  }

  /** Zooms by a factor of the span (below 1 zooms in), keeping `anchor` where it is: the current date or the centre. */
  private zoomBy(factor: number, anchor?: number) {
    if (!this.period) {
      return;
    }
    const current = this.state?.current;
    const around = anchor ?? (current !== undefined && current >= this.viewFrom && current <= this.viewTo
      ? current + 0.5 : (this.viewFrom + this.viewTo + 1) / 2);
    const full = this.period.to + 1 - this.period.from;
    const span = clamp(Math.round(this.spanDays * factor), Math.min(MIN_SPAN_DAYS, full), full);
    const from = Math.round(around - ((around - this.viewFrom) / this.spanDays) * span);
    this.setView(from, from + span - 1);
  }

  /** Shows the days `from` to `to`, moved as a whole to lie within the period. */
  private setView(from: Day, to: Day) {
    if (!this.period) {
      return;
    }
    const span = Math.min(to - from, this.period.to - this.period.from);
    const first = clamp(from, this.period.from, this.period.to - span);
    if (first === this.viewFrom && first + span === this.viewTo) {
      return;
    }
    this.viewFrom = first;
    this.viewTo = first + span;
    this.requestUpdate();
    window.clearTimeout(this.zoomReport);
    this.zoomReport = window.setTimeout(
      () => this.fire('atlas-timeline-zoom', { from: toIso(this.viewFrom), to: toIso(this.viewTo) }),
      ZOOM_REPORT_DELAY_MS,
    );
  }

  private fire(type: string, detail: object) {
    this.dispatchEvent(new CustomEvent(type, { detail }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'atlas-timeline': AtlasTimeline;
  }
}

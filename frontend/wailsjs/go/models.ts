export namespace agenda {
	
	export class DebtWeek {
	    week: string;
	    blockedDays: number;
	    crossLaneDays: number;
	
	    static createFrom(source: any = {}) {
	        return new DebtWeek(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.week = source["week"];
	        this.blockedDays = source["blockedDays"];
	        this.crossLaneDays = source["crossLaneDays"];
	    }
	}
	export class Debt {
	    weeks: DebtWeek[];
	    trend: string;
	
	    static createFrom(source: any = {}) {
	        return new Debt(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.weeks = this.convertValues(source["weeks"], DebtWeek);
	        this.trend = source["trend"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class BlockedItem {
	    effort: EffortRef;
	    since?: string;
	    days: number;
	    waitsOn?: EffortRef;
	    crossLane: boolean;
	
	    static createFrom(source: any = {}) {
	        return new BlockedItem(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.effort = this.convertValues(source["effort"], EffortRef);
	        this.since = source["since"];
	        this.days = source["days"];
	        this.waitsOn = this.convertValues(source["waitsOn"], EffortRef);
	        this.crossLane = source["crossLane"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Integration {
	    efforts: EffortRef[];
	    via: string[];
	    score: number;
	
	    static createFrom(source: any = {}) {
	        return new Integration(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.efforts = this.convertValues(source["efforts"], EffortRef);
	        this.via = source["via"];
	        this.score = source["score"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Handoff {
	    from: EffortRef;
	    to: EffortRef;
	    type: string;
	    date: string;
	
	    static createFrom(source: any = {}) {
	        return new Handoff(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.from = this.convertValues(source["from"], EffortRef);
	        this.to = this.convertValues(source["to"], EffortRef);
	        this.type = source["type"];
	        this.date = source["date"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class ConflictChange {
	    key: string;
	    kind: string;
	    severity?: string;
	    about?: string;
	    efforts: EffortRef[];
	    crossLane: boolean;
	    from?: string;
	    to?: string;
	    days: number;
	    accepted: boolean;
	    wasSeverity?: string;
	    wasFrom?: string;
	    wasTo?: string;
	    wasAccepted: boolean;
	
	    static createFrom(source: any = {}) {
	        return new ConflictChange(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.key = source["key"];
	        this.kind = source["kind"];
	        this.severity = source["severity"];
	        this.about = source["about"];
	        this.efforts = this.convertValues(source["efforts"], EffortRef);
	        this.crossLane = source["crossLane"];
	        this.from = source["from"];
	        this.to = source["to"];
	        this.days = source["days"];
	        this.accepted = source["accepted"];
	        this.wasSeverity = source["wasSeverity"];
	        this.wasFrom = source["wasFrom"];
	        this.wasTo = source["wasTo"];
	        this.wasAccepted = source["wasAccepted"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class ConflictItem {
	    key: string;
	    kind: string;
	    severity?: string;
	    about?: string;
	    efforts: EffortRef[];
	    crossLane: boolean;
	    from?: string;
	    to?: string;
	    days: number;
	    accepted: boolean;
	
	    static createFrom(source: any = {}) {
	        return new ConflictItem(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.key = source["key"];
	        this.kind = source["kind"];
	        this.severity = source["severity"];
	        this.about = source["about"];
	        this.efforts = this.convertValues(source["efforts"], EffortRef);
	        this.crossLane = source["crossLane"];
	        this.from = source["from"];
	        this.to = source["to"];
	        this.days = source["days"];
	        this.accepted = source["accepted"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Slip {
	    effort: EffortRef;
	    wasDays: number;
	    slipDays: number;
	
	    static createFrom(source: any = {}) {
	        return new Slip(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.effort = this.convertValues(source["effort"], EffortRef);
	        this.wasDays = source["wasDays"];
	        this.slipDays = source["slipDays"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Moved {
	    effort: EffortRef;
	    wasStart: string;
	    wasEnd: string;
	    start: string;
	    end: string;
	    startDays: number;
	    endDays: number;
	
	    static createFrom(source: any = {}) {
	        return new Moved(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.effort = this.convertValues(source["effort"], EffortRef);
	        this.wasStart = source["wasStart"];
	        this.wasEnd = source["wasEnd"];
	        this.start = source["start"];
	        this.end = source["end"];
	        this.startDays = source["startDays"];
	        this.endDays = source["endDays"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class EffortRef {
	    id: string;
	    title: string;
	    lane: string;
	    laneName: string;
	    owner?: string;
	
	    static createFrom(source: any = {}) {
	        return new EffortRef(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.title = source["title"];
	        this.lane = source["lane"];
	        this.laneName = source["laneName"];
	        this.owner = source["owner"];
	    }
	}
	export class Changes {
	    added: EffortRef[];
	    removed: EffortRef[];
	    moved: Moved[];
	    slips: Slip[];
	    kills: EffortRef[];
	    newConflicts: ConflictItem[];
	    changedConflicts: ConflictChange[];
	    resolvedConflicts: ConflictItem[];
	    decisions: model.Decision[];
	
	    static createFrom(source: any = {}) {
	        return new Changes(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.added = this.convertValues(source["added"], EffortRef);
	        this.removed = this.convertValues(source["removed"], EffortRef);
	        this.moved = this.convertValues(source["moved"], Moved);
	        this.slips = this.convertValues(source["slips"], Slip);
	        this.kills = this.convertValues(source["kills"], EffortRef);
	        this.newConflicts = this.convertValues(source["newConflicts"], ConflictItem);
	        this.changedConflicts = this.convertValues(source["changedConflicts"], ConflictChange);
	        this.resolvedConflicts = this.convertValues(source["resolvedConflicts"], ConflictItem);
	        this.decisions = this.convertValues(source["decisions"], model.Decision);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class SnapshotRef {
	    id: string;
	    name: string;
	    date: string;
	    hash: string;
	
	    static createFrom(source: any = {}) {
	        return new SnapshotRef(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.name = source["name"];
	        this.date = source["date"];
	        this.hash = source["hash"];
	    }
	}
	export class LaneRef {
	    id: string;
	    name: string;
	
	    static createFrom(source: any = {}) {
	        return new LaneRef(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.name = source["name"];
	    }
	}
	export class Agenda {
	    title: string;
	    ritual?: string;
	    cadence?: string;
	    meeting: string;
	    asOf: string;
	    lanes: LaneRef[];
	    since?: SnapshotRef;
	    changes: Changes;
	    handoffs: Handoff[];
	    open: ConflictItem[];
	    integration?: Integration;
	    blocked: BlockedItem[];
	    debt: Debt;
	    more: Record<string, number>;
	
	    static createFrom(source: any = {}) {
	        return new Agenda(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.title = source["title"];
	        this.ritual = source["ritual"];
	        this.cadence = source["cadence"];
	        this.meeting = source["meeting"];
	        this.asOf = source["asOf"];
	        this.lanes = this.convertValues(source["lanes"], LaneRef);
	        this.since = this.convertValues(source["since"], SnapshotRef);
	        this.changes = this.convertValues(source["changes"], Changes);
	        this.handoffs = this.convertValues(source["handoffs"], Handoff);
	        this.open = this.convertValues(source["open"], ConflictItem);
	        this.integration = this.convertValues(source["integration"], Integration);
	        this.blocked = this.convertValues(source["blocked"], BlockedItem);
	        this.debt = this.convertValues(source["debt"], Debt);
	        this.more = source["more"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	
	
	
	
	
	
	
	
	
	
	

}

export namespace analysis {
	
	export class Conflict {
	    kind: string;
	    severity?: string;
	    efforts: string[];
	    lanes: string[];
	    crossLane: boolean;
	    surface?: string;
	    metric?: string;
	    from?: string;
	    to?: string;
	    days: number;
	    accepted: boolean;
	
	    static createFrom(source: any = {}) {
	        return new Conflict(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.kind = source["kind"];
	        this.severity = source["severity"];
	        this.efforts = source["efforts"];
	        this.lanes = source["lanes"];
	        this.crossLane = source["crossLane"];
	        this.surface = source["surface"];
	        this.metric = source["metric"];
	        this.from = source["from"];
	        this.to = source["to"];
	        this.days = source["days"];
	        this.accepted = source["accepted"];
	    }
	}
	export class Coordination {
	    dependencies: number;
	    crossLaneDependencies: number;
	    blockedEvents: number;
	    blockedDays: number;
	    crossLaneBlockedEvents: number;
	    crossLaneBlockedDays: number;
	    openConflicts: number;
	    crossLaneConflicts: number;
	    opportunities: number;
	
	    static createFrom(source: any = {}) {
	        return new Coordination(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.dependencies = source["dependencies"];
	        this.crossLaneDependencies = source["crossLaneDependencies"];
	        this.blockedEvents = source["blockedEvents"];
	        this.blockedDays = source["blockedDays"];
	        this.crossLaneBlockedEvents = source["crossLaneBlockedEvents"];
	        this.crossLaneBlockedDays = source["crossLaneBlockedDays"];
	        this.openConflicts = source["openConflicts"];
	        this.crossLaneConflicts = source["crossLaneConflicts"];
	        this.opportunities = source["opportunities"];
	    }
	}
	export class OpenWait {
	    effort: string;
	    lane: string;
	    blockedBy: string;
	    blockerLane: string;
	    since: string;
	    days: number;
	
	    static createFrom(source: any = {}) {
	        return new OpenWait(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.effort = source["effort"];
	        this.lane = source["lane"];
	        this.blockedBy = source["blockedBy"];
	        this.blockerLane = source["blockerLane"];
	        this.since = source["since"];
	        this.days = source["days"];
	    }
	}
	export class EffortWait {
	    effort: string;
	    lane: string;
	    events: number;
	    days: number;
	    crossLaneDays: number;
	    blockers: string[];
	
	    static createFrom(source: any = {}) {
	        return new EffortWait(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.effort = source["effort"];
	        this.lane = source["lane"];
	        this.events = source["events"];
	        this.days = source["days"];
	        this.crossLaneDays = source["crossLaneDays"];
	        this.blockers = source["blockers"];
	    }
	}
	export class WeekDebt {
	    start: string;
	    days: number;
	    crossLaneDays: number;
	    waits: number;
	    past: boolean;
	
	    static createFrom(source: any = {}) {
	        return new WeekDebt(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.start = source["start"];
	        this.days = source["days"];
	        this.crossLaneDays = source["crossLaneDays"];
	        this.waits = source["waits"];
	        this.past = source["past"];
	    }
	}
	export class LaneWait {
	    waiter: string;
	    blocker: string;
	    events: number;
	    days: number;
	
	    static createFrom(source: any = {}) {
	        return new LaneWait(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.waiter = source["waiter"];
	        this.blocker = source["blocker"];
	        this.events = source["events"];
	        this.days = source["days"];
	    }
	}
	export class LaneDebt {
	    lane: string;
	    workingDays: number;
	    blockedEvents: number;
	    blockedDays: number;
	    crossLaneBlockedEvents: number;
	    crossLaneBlockedDays: number;
	    impact: number;
	
	    static createFrom(source: any = {}) {
	        return new LaneDebt(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.lane = source["lane"];
	        this.workingDays = source["workingDays"];
	        this.blockedEvents = source["blockedEvents"];
	        this.blockedDays = source["blockedDays"];
	        this.crossLaneBlockedEvents = source["crossLaneBlockedEvents"];
	        this.crossLaneBlockedDays = source["crossLaneBlockedDays"];
	        this.impact = source["impact"];
	    }
	}
	export class Debt {
	    lanes: LaneDebt[];
	    waits: LaneWait[];
	    weeks: WeekDebt[];
	    mostWaited: EffortWait[];
	    open: OpenWait[];
	
	    static createFrom(source: any = {}) {
	        return new Debt(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.lanes = this.convertValues(source["lanes"], LaneDebt);
	        this.waits = this.convertValues(source["waits"], LaneWait);
	        this.weeks = this.convertValues(source["weeks"], WeekDebt);
	        this.mostWaited = this.convertValues(source["mostWaited"], EffortWait);
	        this.open = this.convertValues(source["open"], OpenWait);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	export class Handoff {
	    from: string;
	    to: string;
	    type: string;
	    needBy: string;
	    delivered?: string;
	    daysLate: number;
	
	    static createFrom(source: any = {}) {
	        return new Handoff(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.from = source["from"];
	        this.to = source["to"];
	        this.type = source["type"];
	        this.needBy = source["needBy"];
	        this.delivered = source["delivered"];
	        this.daysLate = source["daysLate"];
	    }
	}
	
	
	export class Mover {
	    effort: string;
	    lane: string;
	    direction: string;
	    start: string;
	    end: string;
	    opposed: boolean;
	    joined: boolean;
	
	    static createFrom(source: any = {}) {
	        return new Mover(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.effort = source["effort"];
	        this.lane = source["lane"];
	        this.direction = source["direction"];
	        this.start = source["start"];
	        this.end = source["end"];
	        this.opposed = source["opposed"];
	        this.joined = source["joined"];
	    }
	}
	export class MetricUse {
	    metric: string;
	    lanes: string[];
	    movers: Mover[];
	    shared: boolean;
	    opposed: boolean;
	    joint: boolean;
	
	    static createFrom(source: any = {}) {
	        return new MetricUse(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.metric = source["metric"];
	        this.lanes = source["lanes"];
	        this.movers = this.convertValues(source["movers"], Mover);
	        this.shared = source["shared"];
	        this.opposed = source["opposed"];
	        this.joint = source["joint"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class TrustPair {
	    from: string;
	    to: string;
	    onTime: number;
	    late: number;
	    pending: number;
	    missed: Handoff[];
	
	    static createFrom(source: any = {}) {
	        return new TrustPair(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.from = source["from"];
	        this.to = source["to"];
	        this.onTime = source["onTime"];
	        this.late = source["late"];
	        this.pending = source["pending"];
	        this.missed = this.convertValues(source["missed"], Handoff);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Measures {
	    from: string;
	    asOf: string;
	    debt: Debt;
	    trust: TrustPair[];
	    metrics: MetricUse[];
	
	    static createFrom(source: any = {}) {
	        return new Measures(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.from = source["from"];
	        this.asOf = source["asOf"];
	        this.debt = this.convertValues(source["debt"], Debt);
	        this.trust = this.convertValues(source["trust"], TrustPair);
	        this.metrics = this.convertValues(source["metrics"], MetricUse);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	
	
	export class Opportunity {
	    efforts: string[];
	    lanes: string[];
	    via: string[];
	    score: number;
	
	    static createFrom(source: any = {}) {
	        return new Opportunity(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.efforts = source["efforts"];
	        this.lanes = source["lanes"];
	        this.via = source["via"];
	        this.score = source["score"];
	    }
	}
	export class Reinforcing {
	    efforts: string[];
	    via: string[];
	    linked: boolean;
	    score: number;
	
	    static createFrom(source: any = {}) {
	        return new Reinforcing(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.efforts = source["efforts"];
	        this.via = source["via"];
	        this.linked = source["linked"];
	        this.score = source["score"];
	    }
	}
	export class SharedMetric {
	    metric: string;
	    lanes: string[];
	    efforts: string[];
	
	    static createFrom(source: any = {}) {
	        return new SharedMetric(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.metric = source["metric"];
	        this.lanes = source["lanes"];
	        this.efforts = source["efforts"];
	    }
	}
	export class Scheduled {
	    id: string;
	    lane: string;
	    start: string;
	    end: string;
	    es: number;
	    ef: number;
	    ls: number;
	    lf: number;
	    float: number;
	    slipDays: number;
	    critical: boolean;
	
	    static createFrom(source: any = {}) {
	        return new Scheduled(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.lane = source["lane"];
	        this.start = source["start"];
	        this.end = source["end"];
	        this.es = source["es"];
	        this.ef = source["ef"];
	        this.ls = source["ls"];
	        this.lf = source["lf"];
	        this.float = source["float"];
	        this.slipDays = source["slipDays"];
	        this.critical = source["critical"];
	    }
	}
	export class Result {
	    start: string;
	    finish: string;
	    durationDays: number;
	    critical: string[];
	    schedule: Scheduled[];
	    conflicts: Conflict[];
	    reinforcing: Reinforcing[];
	    flywheels: string[][];
	    opportunities: Opportunity[];
	    sharedMetrics: SharedMetric[];
	    coordination: Coordination;
	
	    static createFrom(source: any = {}) {
	        return new Result(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.start = source["start"];
	        this.finish = source["finish"];
	        this.durationDays = source["durationDays"];
	        this.critical = source["critical"];
	        this.schedule = this.convertValues(source["schedule"], Scheduled);
	        this.conflicts = this.convertValues(source["conflicts"], Conflict);
	        this.reinforcing = this.convertValues(source["reinforcing"], Reinforcing);
	        this.flywheels = source["flywheels"];
	        this.opportunities = this.convertValues(source["opportunities"], Opportunity);
	        this.sharedMetrics = this.convertValues(source["sharedMetrics"], SharedMetric);
	        this.coordination = this.convertValues(source["coordination"], Coordination);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	
	

}

export namespace formats {
	
	export class ExportOptions {
	    lanes?: string[];
	    from?: string;
	    to?: string;
	    paper?: string;
	
	    static createFrom(source: any = {}) {
	        return new ExportOptions(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.lanes = source["lanes"];
	        this.from = source["from"];
	        this.to = source["to"];
	        this.paper = source["paper"];
	    }
	}

}

export namespace layout {
	
	export class Lane {
	    id: string;
	    rows: number;
	
	    static createFrom(source: any = {}) {
	        return new Lane(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.rows = source["rows"];
	    }
	}
	export class Layout {
	    lanes: Lane[];
	    rows: Record<string, number>;
	
	    static createFrom(source: any = {}) {
	        return new Layout(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.lanes = this.convertValues(source["lanes"], Lane);
	        this.rows = source["rows"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}

}

export namespace main {
	
	export class OpenedFile {
	    name: string;
	    content: string;
	
	    static createFrom(source: any = {}) {
	        return new OpenedFile(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.name = source["name"];
	        this.content = source["content"];
	    }
	}

}

export namespace model {
	
	export class Calendar {
	    workdays: string[];
	    holidays?: string[];
	
	    static createFrom(source: any = {}) {
	        return new Calendar(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.workdays = source["workdays"];
	        this.holidays = source["holidays"];
	    }
	}
	export class ConflictWindow {
	    severity?: string;
	    from?: string;
	    to?: string;
	    days: number;
	
	    static createFrom(source: any = {}) {
	        return new ConflictWindow(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.severity = source["severity"];
	        this.from = source["from"];
	        this.to = source["to"];
	        this.days = source["days"];
	    }
	}
	export class Decision {
	    id: string;
	    date: string;
	    kind: string;
	    efforts: string[];
	    title: string;
	    rationale?: string;
	    by?: string;
	    supersedes?: string;
	    conflict?: string;
	    window?: ConflictWindow;
	    removed?: string[];
	    revisit?: string;
	    reason?: string;
	    trigger?: string;
	
	    static createFrom(source: any = {}) {
	        return new Decision(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.date = source["date"];
	        this.kind = source["kind"];
	        this.efforts = source["efforts"];
	        this.title = source["title"];
	        this.rationale = source["rationale"];
	        this.by = source["by"];
	        this.supersedes = source["supersedes"];
	        this.conflict = source["conflict"];
	        this.window = this.convertValues(source["window"], ConflictWindow);
	        this.removed = source["removed"];
	        this.revisit = source["revisit"];
	        this.reason = source["reason"];
	        this.trigger = source["trigger"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Dependency {
	    from: string;
	    to: string;
	    type?: string;
	    lagDays: number;
	
	    static createFrom(source: any = {}) {
	        return new Dependency(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.from = source["from"];
	        this.to = source["to"];
	        this.type = source["type"];
	        this.lagDays = source["lagDays"];
	    }
	}
	export class Move {
	    metric: string;
	    direction: string;
	
	    static createFrom(source: any = {}) {
	        return new Move(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.metric = source["metric"];
	        this.direction = source["direction"];
	    }
	}
	export class Touch {
	    surface: string;
	    mode: string;
	
	    static createFrom(source: any = {}) {
	        return new Touch(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.surface = source["surface"];
	        this.mode = source["mode"];
	    }
	}
	export class Effort {
	    id: string;
	    lane: string;
	    title: string;
	    start?: string;
	    end?: string;
	    durationDays?: number;
	    status?: string;
	    owner?: string;
	    notes?: string;
	    touches?: Touch[];
	    moves?: Move[];
	
	    static createFrom(source: any = {}) {
	        return new Effort(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.lane = source["lane"];
	        this.title = source["title"];
	        this.start = source["start"];
	        this.end = source["end"];
	        this.durationDays = source["durationDays"];
	        this.status = source["status"];
	        this.owner = source["owner"];
	        this.notes = source["notes"];
	        this.touches = this.convertValues(source["touches"], Touch);
	        this.moves = this.convertValues(source["moves"], Move);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Event {
	    effort: string;
	    date: string;
	    status: string;
	    blockedBy?: string;
	
	    static createFrom(source: any = {}) {
	        return new Event(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.effort = source["effort"];
	        this.date = source["date"];
	        this.status = source["status"];
	        this.blockedBy = source["blockedBy"];
	    }
	}
	export class Lane {
	    id: string;
	    name: string;
	    color?: string;
	
	    static createFrom(source: any = {}) {
	        return new Lane(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.name = source["name"];
	        this.color = source["color"];
	    }
	}
	export class Link {
	    a: string;
	    b: string;
	    kind: string;
	    note?: string;
	
	    static createFrom(source: any = {}) {
	        return new Link(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.a = source["a"];
	        this.b = source["b"];
	        this.kind = source["kind"];
	        this.note = source["note"];
	    }
	}
	export class Metric {
	    id: string;
	    name: string;
	    unit?: string;
	
	    static createFrom(source: any = {}) {
	        return new Metric(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.name = source["name"];
	        this.unit = source["unit"];
	    }
	}
	
	export class Ritual {
	    id: string;
	    name: string;
	    cadence: string;
	    weekday?: string;
	    lanes?: string[];
	
	    static createFrom(source: any = {}) {
	        return new Ritual(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.name = source["name"];
	        this.cadence = source["cadence"];
	        this.weekday = source["weekday"];
	        this.lanes = source["lanes"];
	    }
	}
	export class Snapshot {
	    id: string;
	    name: string;
	    date: string;
	    hash: string;
	    roadmap?: Roadmap;
	
	    static createFrom(source: any = {}) {
	        return new Snapshot(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.name = source["name"];
	        this.date = source["date"];
	        this.hash = source["hash"];
	        this.roadmap = this.convertValues(source["roadmap"], Roadmap);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Surface {
	    id: string;
	    name: string;
	    kind?: string;
	
	    static createFrom(source: any = {}) {
	        return new Surface(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.name = source["name"];
	        this.kind = source["kind"];
	    }
	}
	export class Roadmap {
	    format: string;
	    version: number;
	    name: string;
	    start?: string;
	    asOf?: string;
	    calendar?: Calendar;
	    lanes: Lane[];
	    surfaces: Surface[];
	    metrics: Metric[];
	    efforts: Effort[];
	    dependencies: Dependency[];
	    links: Link[];
	    decisions: Decision[];
	    rituals: Ritual[];
	    events: Event[];
	    snapshots?: Snapshot[];
	
	    static createFrom(source: any = {}) {
	        return new Roadmap(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.format = source["format"];
	        this.version = source["version"];
	        this.name = source["name"];
	        this.start = source["start"];
	        this.asOf = source["asOf"];
	        this.calendar = this.convertValues(source["calendar"], Calendar);
	        this.lanes = this.convertValues(source["lanes"], Lane);
	        this.surfaces = this.convertValues(source["surfaces"], Surface);
	        this.metrics = this.convertValues(source["metrics"], Metric);
	        this.efforts = this.convertValues(source["efforts"], Effort);
	        this.dependencies = this.convertValues(source["dependencies"], Dependency);
	        this.links = this.convertValues(source["links"], Link);
	        this.decisions = this.convertValues(source["decisions"], Decision);
	        this.rituals = this.convertValues(source["rituals"], Ritual);
	        this.events = this.convertValues(source["events"], Event);
	        this.snapshots = this.convertValues(source["snapshots"], Snapshot);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	

}

export namespace service {
	
	export class AgendaReport {
	    agenda?: agenda.Agenda;
	    markdown: string;
	
	    static createFrom(source: any = {}) {
	        return new AgendaReport(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.agenda = this.convertValues(source["agenda"], agenda.Agenda);
	        this.markdown = source["markdown"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class BoardRow {
	    key: string;
	    status: string;
	    index: number;
	    conflict?: analysis.Conflict;
	    decision?: string;
	    changed?: string[];
	    helps?: string[];
	
	    static createFrom(source: any = {}) {
	        return new BoardRow(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.key = source["key"];
	        this.status = source["status"];
	        this.index = source["index"];
	        this.conflict = this.convertValues(source["conflict"], analysis.Conflict);
	        this.decision = source["decision"];
	        this.changed = source["changed"];
	        this.helps = source["helps"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Board {
	    rows: BoardRow[];
	    counts: Record<string, number>;
	    baseline: string;
	
	    static createFrom(source: any = {}) {
	        return new Board(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.rows = this.convertValues(source["rows"], BoardRow);
	        this.counts = source["counts"];
	        this.baseline = source["baseline"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	export class DecisionPreview {
	    decision: model.Decision;
	    changes: string[];
	    finishBefore: string;
	    finishAfter: string;
	    finishDays: number;
	    newlyCritical: string[];
	    added: analysis.Conflict[];
	    removed: analysis.Conflict[];
	    accepted: analysis.Conflict[];
	    openBefore: number;
	    openAfter: number;
	
	    static createFrom(source: any = {}) {
	        return new DecisionPreview(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.decision = this.convertValues(source["decision"], model.Decision);
	        this.changes = source["changes"];
	        this.finishBefore = source["finishBefore"];
	        this.finishAfter = source["finishAfter"];
	        this.finishDays = source["finishDays"];
	        this.newlyCritical = source["newlyCritical"];
	        this.added = this.convertValues(source["added"], analysis.Conflict);
	        this.removed = this.convertValues(source["removed"], analysis.Conflict);
	        this.accepted = this.convertValues(source["accepted"], analysis.Conflict);
	        this.openBefore = source["openBefore"];
	        this.openAfter = source["openAfter"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class DecisionRequest {
	    kind: string;
	    conflict?: string;
	    effort?: string;
	    efforts?: string[];
	    title?: string;
	    rationale?: string;
	    by?: string;
	    revisit?: string;
	    reason?: string;
	    trigger?: string;
	    supersedes?: string;
	
	    static createFrom(source: any = {}) {
	        return new DecisionRequest(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.kind = source["kind"];
	        this.conflict = source["conflict"];
	        this.effort = source["effort"];
	        this.efforts = source["efforts"];
	        this.title = source["title"];
	        this.rationale = source["rationale"];
	        this.by = source["by"];
	        this.revisit = source["revisit"];
	        this.reason = source["reason"];
	        this.trigger = source["trigger"];
	        this.supersedes = source["supersedes"];
	    }
	}
	export class MapPatch {
	    set?: Record<string, number>;
	    del?: string[];
	
	    static createFrom(source: any = {}) {
	        return new MapPatch(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.set = source["set"];
	        this.del = source["del"];
	    }
	}
	export class ListPatch {
	    len: number;
	    keep?: number[][];
	    at?: number[];
	    items?: any;
	
	    static createFrom(source: any = {}) {
	        return new ListPatch(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.len = source["len"];
	        this.keep = source["keep"];
	        this.at = source["at"];
	        this.items = source["items"];
	    }
	}
	export class Patch {
	    set?: Record<string, any>;
	    lists?: Record<string, ListPatch>;
	    maps?: Record<string, MapPatch>;
	    parts?: Record<string, Patch>;
	
	    static createFrom(source: any = {}) {
	        return new Patch(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.set = source["set"];
	        this.lists = this.convertValues(source["lists"], ListPatch, true);
	        this.maps = this.convertValues(source["maps"], MapPatch, true);
	        this.parts = this.convertValues(source["parts"], Patch, true);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Delta {
	    base: number;
	    patch: Patch;
	
	    static createFrom(source: any = {}) {
	        return new Delta(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.base = source["base"];
	        this.patch = this.convertValues(source["patch"], Patch);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class ExportFormat {
	    format: string;
	    label: string;
	    ext: string;
	    binary: boolean;
	    scoped: boolean;
	
	    static createFrom(source: any = {}) {
	        return new ExportFormat(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.format = source["format"];
	        this.label = source["label"];
	        this.ext = source["ext"];
	        this.binary = source["binary"];
	        this.scoped = source["scoped"];
	    }
	}
	export class ExportedFile {
	    fileName: string;
	    mime: string;
	    base64: boolean;
	    data: string;
	
	    static createFrom(source: any = {}) {
	        return new ExportedFile(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.fileName = source["fileName"];
	        this.mime = source["mime"];
	        this.base64 = source["base64"];
	        this.data = source["data"];
	    }
	}
	export class FrozenView {
	    id: string;
	    name: string;
	    date: string;
	    roadmap?: model.Roadmap;
	    analysis?: analysis.Result;
	    layout?: layout.Layout;
	
	    static createFrom(source: any = {}) {
	        return new FrozenView(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.name = source["name"];
	        this.date = source["date"];
	        this.roadmap = this.convertValues(source["roadmap"], model.Roadmap);
	        this.analysis = this.convertValues(source["analysis"], analysis.Result);
	        this.layout = this.convertValues(source["layout"], layout.Layout);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class IntegrateRequest {
	    efforts: string[];
	    by: string;
	    rationale: string;
	    title?: string;
	    note?: string;
	    dependency?: model.Dependency;
	
	    static createFrom(source: any = {}) {
	        return new IntegrateRequest(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.efforts = source["efforts"];
	        this.by = source["by"];
	        this.rationale = source["rationale"];
	        this.title = source["title"];
	        this.note = source["note"];
	        this.dependency = this.convertValues(source["dependency"], model.Dependency);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	
	
	export class RoadmapInfo {
	    id: string;
	    name: string;
	    lanes: number;
	    efforts: number;
	    updatedAt: string;
	
	    static createFrom(source: any = {}) {
	        return new RoadmapInfo(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.name = source["name"];
	        this.lanes = source["lanes"];
	        this.efforts = source["efforts"];
	        this.updatedAt = source["updatedAt"];
	    }
	}
	export class SnapshotInfo {
	    id: string;
	    name: string;
	    date: string;
	    hash: string;
	    conflicts: string[];
	
	    static createFrom(source: any = {}) {
	        return new SnapshotInfo(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.name = source["name"];
	        this.date = source["date"];
	        this.hash = source["hash"];
	        this.conflicts = source["conflicts"];
	    }
	}
	export class Snapshot {
	    info: RoadmapInfo;
	    roadmap?: model.Roadmap;
	    calendar?: model.Calendar;
	    analysis?: analysis.Result;
	    layout?: layout.Layout;
	    snapshots: SnapshotInfo[];
	    canUndo: boolean;
	    canRedo: boolean;
	    revision: number;
	    delta?: Delta;
	
	    static createFrom(source: any = {}) {
	        return new Snapshot(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.info = this.convertValues(source["info"], RoadmapInfo);
	        this.roadmap = this.convertValues(source["roadmap"], model.Roadmap);
	        this.calendar = this.convertValues(source["calendar"], model.Calendar);
	        this.analysis = this.convertValues(source["analysis"], analysis.Result);
	        this.layout = this.convertValues(source["layout"], layout.Layout);
	        this.snapshots = this.convertValues(source["snapshots"], SnapshotInfo);
	        this.canUndo = source["canUndo"];
	        this.canRedo = source["canRedo"];
	        this.revision = source["revision"];
	        this.delta = this.convertValues(source["delta"], Delta);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}

}


import { CommunityRole, CommunityVisibility, JoinPolicy } from '../entities/community.entity';

/**
 * Everything the product decides about a person and one community, in one row (see PolicyService.load).
 * `role` is null for non-members; `banned` for people a moderator banned.
 */
export interface CommunityAccess {
  communityId: string;
  visibility: CommunityVisibility;
  joinPolicy: JoinPolicy;
  archived: boolean;
  signedIn: boolean;
  role: CommunityRole | null;
  banned: boolean;
  /** An open join request of the viewer. */
  pending: boolean;
}

const RANK: Record<CommunityRole, number> = { MEMBER: 1, MODERATOR: 2, OWNER: 3 };

const isMember = (a: CommunityAccess) => a.role !== null;
const atLeast = (a: CommunityAccess, role: CommunityRole) => a.role !== null && RANK[a.role] >= RANK[role];
const canSee = (a: CommunityAccess) => a.visibility === CommunityVisibility.PUBLIC || isMember(a);
const active = (a: CommunityAccess) => !a.archived;

/**
 * The rules of the whole product, deny by default: an action not listed here is refused.
 * Later modules add their actions (case.create, message.post, ...) to this table and to the matrix test.
 */
export const COMMUNITY_RULES = {
  /** See the community and its content (feed, about). Private: members only. */
  'community.read': (a: CommunityAccess) => canSee(a),
  'community.edit': (a: CommunityAccess) => atLeast(a, CommunityRole.OWNER),
  'community.archive': (a: CommunityAccess) => atLeast(a, CommunityRole.OWNER),
  'member.setRole': (a: CommunityAccess) => atLeast(a, CommunityRole.OWNER) && active(a),
  'member.join': (a: CommunityAccess) => a.signedIn && canSee(a) && !isMember(a) && !a.banned && active(a) && a.joinPolicy === JoinPolicy.OPEN,
  'member.requestJoin': (a: CommunityAccess) =>
    a.signedIn && canSee(a) && !isMember(a) && !a.banned && !a.pending && active(a) && a.joinPolicy === JoinPolicy.REQUEST,
  'member.leave': (a: CommunityAccess) => isMember(a),
  /** Member directory: members of a private community; any signed-in person for a public one. */
  'member.list': (a: CommunityAccess) => a.signedIn && canSee(a),
  'member.remove': (a: CommunityAccess) => atLeast(a, CommunityRole.MODERATOR),
  'member.ban': (a: CommunityAccess) => atLeast(a, CommunityRole.MODERATOR),
  'joinRequest.decide': (a: CommunityAccess) => atLeast(a, CommunityRole.MODERATOR),
  'invitation.manage': (a: CommunityAccess) => atLeast(a, CommunityRole.MODERATOR) && active(a),
  /** A request link lets someone find a private community and ask to join; any member may share one. */
  'invitation.createRequestLink': (a: CommunityAccess) => isMember(a) && active(a) && a.joinPolicy === JoinPolicy.REQUEST,
  'feed.post': (a: CommunityAccess) => isMember(a) && active(a),
  'feed.pin': (a: CommunityAccess) => atLeast(a, CommunityRole.MODERATOR),
  'content.report': (a: CommunityAccess) => isMember(a),
  'content.moderate': (a: CommunityAccess) => atLeast(a, CommunityRole.MODERATOR),
  'audit.read': (a: CommunityAccess) => atLeast(a, CommunityRole.MODERATOR),
  // Cases (issue 4). Reading a case is community.read.
  'case.create': (a: CommunityAccess) => isMember(a) && active(a),
  'case.respond': (a: CommunityAccess) => isMember(a) && active(a),
  'case.markHelpful': (a: CommunityAccess) => isMember(a),
  /** Moderators see who posted an anonymous case, read revisions, resolve and edit any case. */
  'case.moderate': (a: CommunityAccess) => atLeast(a, CommunityRole.MODERATOR),
  // Discussions (issue 5). Reading a thread (and joining its socket room) is community.read.
  'message.post': (a: CommunityAccess) => isMember(a) && active(a),
  // Instruments (issue 6). Published versions are community.read; drafts and monitoring are for members only,
  // even in a public community. Editing a draft also needs co-authorship (or instrument.moderate).
  'instrument.create': (a: CommunityAccess) => isMember(a) && active(a),
  'instrument.readDraft': (a: CommunityAccess) => isMember(a),
  'instrument.comment': (a: CommunityAccess) => isMember(a) && active(a),
  'instrument.moderate': (a: CommunityAccess) => atLeast(a, CommunityRole.MODERATOR) && active(a),
  /** Aggregates across tracks and the pseudonymised CSV export. */
  'instrument.analyse': (a: CommunityAccess) => isMember(a),
  'track.read': (a: CommunityAccess) => isMember(a),
  /** Start a track; entering responses and links also needs to be its creator (or track.moderate). */
  'track.create': (a: CommunityAccess) => isMember(a) && active(a),
  'track.moderate': (a: CommunityAccess) => atLeast(a, CommunityRole.MODERATOR) && active(a),
  // Knowledge base (issue 7). Reading follows the community; site-wide items are kept by curators.
  'knowledge.create': (a: CommunityAccess) => isMember(a) && active(a),
  'knowledge.moderate': (a: CommunityAccess) => atLeast(a, CommunityRole.MODERATOR) && active(a),
  // Themed sessions (issue 8). Reading follows the community; taking part (RSVP, the live room, notes)
  // is for members; moderators plan, run and close sessions and add their community's own methods.
  'session.rsvp': (a: CommunityAccess) => isMember(a) && active(a),
  'session.participate': (a: CommunityAccess) => isMember(a),
  'session.moderate': (a: CommunityAccess) => atLeast(a, CommunityRole.MODERATOR) && active(a),
} as const;

export type CommunityAction = keyof typeof COMMUNITY_RULES;

export function can(access: CommunityAccess | null | undefined, action: CommunityAction): boolean {
  if (!access) return false;
  const rule = COMMUNITY_RULES[action] as ((a: CommunityAccess) => boolean) | undefined;
  return rule ? rule(access) : false;
}

export function outranks(actor: CommunityRole | null, target: CommunityRole): boolean {
  return actor !== null && RANK[actor] > RANK[target];
}

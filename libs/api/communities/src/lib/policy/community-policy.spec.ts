import { CommunityRole, CommunityVisibility, JoinPolicy } from '../entities/community.entity';
import { can, COMMUNITY_RULES, CommunityAccess, CommunityAction, outranks } from './community-policy';

const access = (over: Partial<CommunityAccess> = {}): CommunityAccess => ({
  communityId: 'c',
  visibility: CommunityVisibility.PRIVATE,
  joinPolicy: JoinPolicy.REQUEST,
  archived: false,
  signedIn: true,
  role: null,
  banned: false,
  pending: false,
  ...over,
});

describe('community policy rules', () => {
  it('denies by default: no access row, or an unknown action', () => {
    expect(can(null, 'community.read')).toBe(false);
    expect(can(access({ role: CommunityRole.OWNER }), 'no.such.action' as CommunityAction)).toBe(false);
  });

  it('lets only members read a private community, anyone a public one', () => {
    expect(can(access(), 'community.read')).toBe(false);
    expect(can(access({ role: CommunityRole.MEMBER }), 'community.read')).toBe(true);
    expect(can(access({ visibility: CommunityVisibility.PUBLIC, signedIn: false }), 'community.read')).toBe(true);
  });

  it('gives a signed-in outsider of a public, open community only read, join and the member list', () => {
    const outsider = access({ visibility: CommunityVisibility.PUBLIC, joinPolicy: JoinPolicy.OPEN });
    const allowed = (Object.keys(COMMUNITY_RULES) as CommunityAction[]).filter((a) => can(outsider, a));
    expect(allowed.sort()).toEqual(['community.read', 'member.join', 'member.list']);
  });

  it('keeps banned people out of joining and requesting, and archived communities read-only', () => {
    expect(can(access({ banned: true, visibility: CommunityVisibility.PUBLIC, joinPolicy: JoinPolicy.OPEN }), 'member.join')).toBe(false);
    expect(can(access({ banned: true, visibility: CommunityVisibility.PUBLIC }), 'member.requestJoin')).toBe(false);
    expect(can(access({ pending: true, visibility: CommunityVisibility.PUBLIC }), 'member.requestJoin')).toBe(false);
    const archivedOwner = access({ archived: true, role: CommunityRole.OWNER });
    expect(can(archivedOwner, 'community.read')).toBe(true);
    expect(can(archivedOwner, 'feed.post')).toBe(false);
    expect(can(archivedOwner, 'community.archive')).toBe(true);
  });

  it('ranks roles strictly: only a higher role may act on a lower one', () => {
    expect(outranks(CommunityRole.OWNER, CommunityRole.MODERATOR)).toBe(true);
    expect(outranks(CommunityRole.MODERATOR, CommunityRole.MODERATOR)).toBe(false);
    expect(outranks(null, CommunityRole.MEMBER)).toBe(false);
  });
});

import { Injectable, Logger } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { amsterdamToUtc, utcToAmsterdam } from '@kennislijn/shared-sessions';
import { UserEntity } from '@kennislijn/api-accounts';
import { PasswordService } from '@kennislijn/api-auth';
import { CommunityMemberEntity, CommunityRole, CommunityVisibility, JoinPolicy } from '@kennislijn/api-communities';
import { InstrumentAuthorEntity, InstrumentEntity, InstrumentResponseEntity, InstrumentVersionEntity, MonitoringTrackEntity, ResponseSource, TrackRespondentEntity } from '@kennislijn/api-instruments';
import { ProfileRole } from '@kennislijn/shared-domain';
import { DEMO_INSTRUMENTS, RespondentKind, scoreResponse } from '@kennislijn/shared-instruments';
import { CollaborationFormEntity, LevelEntity, QualificationEntity, ResearchThemeEntity } from '@kennislijn/api-curriculum';
import { KnowledgeItemEntity, KnowledgeRevisionEntity, snapshotOf } from '@kennislijn/api-knowledge';
import { DEMO_KNOWLEDGE_ITEMS } from '@kennislijn/shared-domain';
import { In } from 'typeorm';

/** The demo password of every demo account; printed in the README. Never used outside demo data. */
export const DEMO_PASSWORD = 'kennislijn-demo';

/** The demo track: roles, never names; session scores (four VAS answers) that show a drop, a low score and a split. */
export const DEMO_TRACK: { caseCode: string; notes: string; respondents: { label: string; kind: RespondentKind; sessions: number[][] }[] } = {
  caseCode: 'SWAG-2026-014',
  notes: 'Gezin met twee ouders en een jongere van 15. Ambulante begeleiding sinds het voorjaar; de thermometer na elk gesprek.',
  respondents: [
    { label: 'moeder', kind: 'PARENT', sessions: [[7, 7.5, 7, 7], [8, 7.5, 8, 8], [8, 8, 8.5, 8], [5.5, 6, 5, 5.5], [7, 7, 7.5, 7]] },
    { label: 'vader', kind: 'PARENT', sessions: [[6, 6.5, 6, 6], [6.5, 7, 6.5, 7], [7, 7, 7, 7], [7, 7.5, 7, 7], [7.5, 7.5, 8, 7.5]] },
    { label: 'jongere', kind: 'YOUTH', sessions: [[5, 4.5, 5, 5], [5.5, 5, 6, 5.5], [4, 4, 3.5, 4], [5, 5.5, 5, 5], [6.5, 6, 6.5, 6.5]] },
    { label: 'gezinswerker', kind: 'PROFESSIONAL', sessions: [[7, 7, 7, 7], [7.5, 7.5, 7, 7.5], [7.5, 7, 7.5, 7.5], [6.5, 6.5, 6, 6.5], [7.5, 7.5, 7.5, 7.5]] },
  ],
};

export const DEMO_USERS: { email: string; displayName: string; role: ProfileRole; organisation: string; level: number | null; swagRole: CommunityRole | null }[] = [
  { email: 'docent@demo.kennislijn.nl', displayName: 'Dana Docent', role: ProfileRole.LECTURER, organisation: 'Hogeschool (demo)', level: null, swagRole: CommunityRole.OWNER },
  { email: 'onderzoeker@demo.kennislijn.nl', displayName: 'Olaf Onderzoeker', role: ProfileRole.RESEARCHER, organisation: 'Lectoraat (demo)', level: null, swagRole: CommunityRole.MODERATOR },
  { email: 'professional@demo.kennislijn.nl', displayName: 'Priya Professional', role: ProfileRole.PROFESSIONAL, organisation: 'Ambulante gezinszorg (demo)', level: null, swagRole: CommunityRole.MEMBER },
  { email: 'student@demo.kennislijn.nl', displayName: 'Sam Student', role: ProfileRole.STUDENT, organisation: 'Hogeschool (demo)', level: 2, swagRole: CommunityRole.MEMBER },
  { email: 'beleid@demo.kennislijn.nl', displayName: 'Bo Beleidsmaker', role: ProfileRole.POLICYMAKER, organisation: 'Gemeente (demo)', level: null, swagRole: null },
  { email: 'gast@demo.kennislijn.nl', displayName: 'Gijs Gastprofessional', role: ProfileRole.PROFESSIONAL, organisation: 'Wijkteam (demo)', level: null, swagRole: null },
];

export const DEMO_CASE = {
  title: 'Moeder en jongere willen elk iets anders van de hulp',
  context:
    'Ambulante gezinszorg bij een gezin met een moeder en een jongere van 15. Vader is uit beeld. Ik zie het gezin sinds drie maanden, een collega van de GGZ ziet de jongere apart.',
  dilemma:
    'Moeder wil vooral rust in huis; de jongere wil dat moeder "ophoudt met controleren". In elk gesprek voelt het alsof ik partij moet kiezen. **Hoe houd ik een werkrelatie met allebei, zonder dat de doelen uit elkaar vallen?**',
  tried: 'Aparte gesprekken met moeder en de jongere, en één driegesprek dat vastliep.',
  response:
    'Herkenbaar: bij meervoudige allianties helpt het om een **gedeeld** doel te zoeken naast de eigen doelen. Vraag beiden wat er over drie maanden anders moet zijn; vaak overlapt dat meer dan je denkt.',
};

export const COMMUNITIES = [
  {
    slug: 'swag',
    name: 'SWAG — Samen Werken aan Ambulante Gezinszorg',
    description:
      'Leergemeenschap van docenten, onderzoekers, studenten, professionals en beleidsmakers rond samenwerken in de ambulante gezinszorg: meervoudige allianties, casuïstiek en monitoring van de samenwerkingsrelatie.',
    visibility: CommunityVisibility.PRIVATE,
    joinPolicy: JoinPolicy.REQUEST,
    guidelines:
      '## Zo werken we samen\n\n- Casussen zijn **altijd anoniem**: geen namen, geboortedata, adressen of BSN van cliënten.\n- We spreken vanuit nieuwsgierigheid, niet vanuit oordeel.\n- Wat in de gemeenschap gedeeld wordt, blijft in de gemeenschap.\n- Meld een bijdrage bij een moderator als je twijfelt.',
    tags: ['ambulante gezinszorg', 'meervoudige alliantie', 'casuïstiek'],
    themes: ['MULTIPLE_ALLIANCES', 'TASK_ALLIANCE', 'SHARED_DECISIONS'],
    posts: [
      { author: 'onderzoeker@demo.kennislijn.nl', body: 'Welkom in SWAG! Donderdag bespreken we in de themasessie hoe je de **taakalliantie** met ouders én jongere tegelijk bewaakt. Lees vooraf de richtlijnen.', pin: true },
      { author: 'professional@demo.kennislijn.nl', body: 'Vraag aan de groep: hoe houden jullie de verbinding met een vader die alleen telefonisch bereikbaar is? Ik merk dat de doelen uit elkaar gaan lopen.' },
      { author: 'student@demo.kennislijn.nl', body: 'Voor mijn stage (niveau 2) zoek ik voorbeelden van feedback vragen op de samenwerkingsrelatie. Tips zijn welkom!' },
    ],
  },
  {
    slug: 'leerlijn-betekenisvol-samenwerken',
    name: 'Leerlijn Betekenisvol Samenwerken',
    description: 'Open gemeenschap rond de levende leerlijn: vragen, bronnen en ervaringen per niveau en eindkwalificatie.',
    visibility: CommunityVisibility.PUBLIC,
    joinPolicy: JoinPolicy.OPEN,
    guidelines: '## Richtlijnen\n\nDeel bronnen met een volledige verwijzing. Wees vriendelijk; iedereen leert hier.',
    tags: ['leerlijn', 'onderwijs'],
    themes: ['COMMON_FACTORS', 'LIVING_PROCESS'],
    posts: [{ author: 'docent@demo.kennislijn.nl', body: 'Nieuw in de kennisbank binnenkort: een leesroute per niveau. Welke bronnen missen jullie nog?', pin: false }],
  },
];

@Injectable()
export class DemoSeeder {
  private readonly logger = new Logger('DemoData');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly passwords: PasswordService,
  ) {}

  async seed(): Promise<void> {
    const existing = new Set(
      (await this.dataSource.getRepository(UserEntity).find({ select: { email: true } })).map((u) => u.email),
    );
    const missing = DEMO_USERS.filter((u) => !existing.has(u.email));
    const hash = missing.length ? await this.passwords.hash(DEMO_PASSWORD) : '';
    await this.dataSource.transaction(async (m) => {
      for (const u of missing) {
        await m.getRepository(UserEntity).insert({
          email: u.email,
          passwordHash: hash,
          displayName: u.displayName,
          role: u.role,
          organisation: u.organisation,
          level: u.level,
        });
      }
      // Memberships are only seeded with a new community, so a demo user who left stays gone.
      const created = new Map<string, string>();
      for (const c of COMMUNITIES) {
        const rows: { id: string }[] = await m.query(
          `INSERT INTO community (slug, name, description, guidelines, tags, visibility, join_policy) VALUES ($1,$2,$3,$4,$5,$6,$7) ON CONFLICT (slug) DO NOTHING RETURNING id`,
          [c.slug, c.name, c.description, c.guidelines, c.tags, c.visibility, c.joinPolicy],
        );
        if (rows[0]) {
          created.set(c.slug, rows[0].id);
          await m.query(
            `INSERT INTO community_research_theme (community_id, research_theme_id) SELECT $1, id FROM research_theme WHERE code = ANY($2::text[])`,
            [rows[0].id, c.themes],
          );
          await m.query(`INSERT INTO feed_item (community_id, type, created_at) VALUES ($1, 'COMMUNITY_CREATED', now() - interval '7 days')`, [rows[0].id]);
        }
      }
      for (const u of DEMO_USERS) {
        const user = await m.getRepository(UserEntity).findOneByOrFail({ email: u.email });
        const swagId = created.get('swag');
        if (swagId && u.swagRole) {
          await m.getRepository(CommunityMemberEntity).insert({ communityId: swagId, userId: user.id, role: u.swagRole });
        }
        const openId = created.get('leerlijn-betekenisvol-samenwerken');
        if (openId) {
          const role = u.role === ProfileRole.LECTURER ? CommunityRole.OWNER : CommunityRole.MEMBER;
          await m.getRepository(CommunityMemberEntity).insert({ communityId: openId, userId: user.id, role });
        }
      }
      // A few posts so a new visitor sees a living feed; one is pinned by the moderator.
      for (const c of COMMUNITIES) {
        const communityId = created.get(c.slug);
        if (!communityId) continue;
        // One transaction has one now(): spread the posts over the last days so the feed has an order.
        for (const [i, p] of c.posts.entries()) {
          const at = new Date(Date.now() - (c.posts.length - i) * 5 * 3_600_000);
          const [{ id: authorId }] = await m.query(`SELECT id FROM user_account WHERE email = $1`, [p.author]);
          const [{ id: postId }] = await m.query(`INSERT INTO community_post (community_id, author_id, body, created_at) VALUES ($1,$2,$3,$4) RETURNING id`, [communityId, authorId, p.body, at]);
          await m.query(
            `INSERT INTO feed_item (community_id, type, actor_id, subject_id, pinned_at, pinned_by_id, created_at) VALUES ($1,'POST',$2,$3,$4,$5,$6)`,
            [communityId, authorId, postId, p.pin ? at : null, p.pin ? authorId : null, at],
          );
        }
      }
      const swagId = created.get('swag');
      if (swagId) {
        await this.seedCase(m, swagId);
        await this.seedInstruments(m, swagId);
      }
      await this.seedKnowledge(m);
      if (swagId) await this.seedSessions(m, swagId, created.get('leerlijn-betekenisvol-samenwerken') ?? null);
    });
    if (missing.length) this.logger.log({ users: missing.length }, 'demo accounts created');
  }

  /**
   * Themed sessions: one coming up in SWAG with the Incidentmethode on the demo case (two answers), one
   * that ran last month with its notes, outcomes and attendance, and an open Moreel beraad in the public
   * community. Times are Dutch wall-clock times relative to today.
   */
  private async seedSessions(m: EntityManager, swagId: string, openId: string | null): Promise<void> {
    const email = async (e: string): Promise<string> => (await m.query(`SELECT id FROM user_account WHERE email = $1`, [e]))[0].id;
    const [docent, professional, student, onderzoeker] = [await email('docent@demo.kennislijn.nl'), await email('professional@demo.kennislijn.nl'), await email('student@demo.kennislijn.nl'), await email('onderzoeker@demo.kennislijn.nl')];
    const method = async (code: string) => (await m.query(`SELECT id, name_nl, steps FROM session_method WHERE community_id IS NULL AND code = $1`, [code]))[0] as { id: string; name_nl: string; steps: { key: string }[] } | undefined;
    const [{ id: caseId }] = await m.query(`SELECT id FROM community_case WHERE community_id = $1 ORDER BY created_at LIMIT 1`, [swagId]);
    const day = (offsetDays: number) => utcToAmsterdam(new Date(Date.now() + offsetDays * 86_400_000)).date;
    const at = (offsetDays: number, time: string) => new Date(amsterdamToUtc(day(offsetDays), time));
    const insert = async (s: { communityId: string; title: string; theme: string; description: string; start: Date; end: Date; location: string; capacity: number | null; methodCode: string; caseIds: string[]; status: string; outcomes?: string; by: string }) => {
      const meth = await method(s.methodCode);
      const [{ id }] = await m.query(
        `INSERT INTO community_session (community_id, title, theme_text, description, starts_at, ends_at, location, capacity, method_id, method_name, method_steps, case_ids, status, outcomes, current_step, started_at, closed_at, created_by_id, created_at)
         VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11::jsonb,$12,$13,$14,$15,$16,$17,$18, now() - interval '3 days') RETURNING id`,
        [s.communityId, s.title, s.theme, s.description, s.start, s.end, s.location, s.capacity, meth?.id ?? null, meth?.name_nl ?? '', JSON.stringify(meth?.steps ?? []), s.caseIds, s.status, s.outcomes ?? null,
          s.status === 'CLOSED' ? (meth?.steps.length ?? 1) - 1 : -1, s.status === 'CLOSED' ? s.start : null, s.status === 'CLOSED' ? s.end : null, s.by],
      );
      await m.query(`INSERT INTO feed_item (community_id, type, actor_id, subject_id, created_at) VALUES ($1, 'SESSION_PLANNED', $2, $3, now() - interval '3 days')`, [s.communityId, s.by, id]);
      return { id, steps: meth?.steps ?? [] };
    };
    const coming = await insert({
      communityId: swagId, title: 'Themasessie: als de doelen van ouder en jongere uiteenlopen', theme: 'Meervoudige alliantie',
      description: 'We bespreken de casus over de moeder en de jongere met elk een eigen hulpverlener, met de **Incidentmethode**. Lees de casus vooraf.',
      start: at(7, '19:30'), end: at(7, '21:00'), location: 'Hogeschool, lokaal 2.14 (ook online)', capacity: 12, methodCode: 'INCIDENT', caseIds: [caseId], status: 'PLANNED', by: docent,
    });
    await m.query(`INSERT INTO session_rsvp (session_id, user_id, status, requested_at) VALUES ($1, $2, 'GOING', now() - interval '2 days'), ($1, $3, 'MAYBE', now() - interval '1 day')`, [coming.id, professional, student]);
    const past = await insert({
      communityId: swagId, title: 'Intervisie: samenwerken met het wijkteam', theme: 'Samenwerking in de wijk',
      description: 'Een korte intervisie over afspraken met het wijkteam.', start: at(-30, '15:00'), end: at(-30, '15:45'), location: 'Online', capacity: null, methodCode: 'FIVE_STEP', caseIds: [], status: 'CLOSED',
      outcomes: 'We spreken per gezin één vast aanspreekpunt in het wijkteam af, en bellen elkaar na elk gezinsgesprek kort terug.', by: onderzoeker,
    });
    for (const u of [docent, professional, student, onderzoeker]) await m.query(`INSERT INTO session_attendance (session_id, user_id, first_seen_at) VALUES ($1, $2, $3)`, [past.id, u, at(-30, '15:00')]);
    if (past.steps[0]) await m.query(`INSERT INTO session_note (session_id, step_key, body, rev, updated_by_id) VALUES ($1, $2, $3, 1, $4)`, [past.id, past.steps[0].key, 'Inbreng: het wijkteam belt niet terug na een gezamenlijk gesprek.', professional]);
    if (openId)
      await insert({
        communityId: openId, title: 'Moreel beraad: wanneer deel je zorgen met school?', theme: 'Privacy en samenwerking',
        description: 'Een open moreel beraad over het delen van zorgen tussen hulpverlening en school. Iedereen van de gemeenschap is welkom.',
        start: at(14, '16:00'), end: at(14, '17:30'), location: 'Online', capacity: 20, methodCode: 'MORAL_DELIBERATION', caseIds: [], status: 'PLANNED', by: docent,
      });
  }

  /** One de-identified case with a response, so the Casussen page shows what a case looks like. */
  private async seedCase(m: EntityManager, communityId: string): Promise<void> {
    const at = new Date(Date.now() - 26 * 3_600_000);
    const [{ id: authorId }] = await m.query(`SELECT id FROM user_account WHERE email = 'professional@demo.kennislijn.nl'`);
    const [{ id: responderId }] = await m.query(`SELECT id FROM user_account WHERE email = 'onderzoeker@demo.kennislijn.nl'`);
    const [{ id: caseId }] = await m.query(
      `INSERT INTO community_case (community_id, author_id, title, context, dilemma, tried, collaboration_form_id, alliance_aspects, damour_concepts, tags, created_at)
       SELECT $1, $2, $3, $4, $5, $6, f.id, $7, $8, $9, $10 FROM collaboration_form f WHERE f.code = 'MULTIPLE' RETURNING id`,
      [communityId, authorId, DEMO_CASE.title, DEMO_CASE.context, DEMO_CASE.dilemma, DEMO_CASE.tried, ['GOALS', 'BOND'], ['PARTNERSHIP', 'POWER'], ['meervoudige alliantie', 'jongeren'], at],
    );
    await m.query(
      `INSERT INTO case_qualification (case_id, qualification_id) SELECT $1, id FROM qualification WHERE code = ANY($2::text[])`,
      [caseId, ['B3', 'B7']],
    );
    await m.query(`INSERT INTO case_level (case_id, level_id) SELECT $1, id FROM level WHERE number = 3`, [caseId]);
    await m.query(`INSERT INTO feed_item (community_id, type, actor_id, subject_id, created_at) VALUES ($1, 'CASE_POSTED', $2, $3, $4)`, [communityId, authorId, caseId, at]);
    const respondedAt = new Date(at.getTime() + 3 * 3_600_000);
    const [{ id: responseId }] = await m.query(
      `INSERT INTO case_response (case_id, community_id, author_id, perspective, body, created_at) VALUES ($1,$2,$3,'RESEARCH',$4,$5) RETURNING id`,
      [caseId, communityId, responderId, DEMO_CASE.response, respondedAt],
    );
    await m.query(`INSERT INTO feed_item (community_id, type, actor_id, subject_id, created_at) VALUES ($1, 'CASE_RESPONDED', $2, $3, $4)`, [communityId, responderId, responseId, respondedAt]);
  }

  /**
   * Kennislijn's own demo instruments, published as version 1 in SWAG (co-authored by the researcher
   * and the lecturer), and one monitoring track with five sessions that show a drop, a low score and a
   * split alliance, so the track page has something to say on first start.
   */
  private async seedInstruments(m: EntityManager, communityId: string): Promise<void> {
    const [{ id: researcherId }] = await m.query(`SELECT id FROM user_account WHERE email = 'onderzoeker@demo.kennislijn.nl'`);
    const [{ id: lecturerId }] = await m.query(`SELECT id FROM user_account WHERE email = 'docent@demo.kennislijn.nl'`);
    const [{ id: professionalId }] = await m.query(`SELECT id FROM user_account WHERE email = 'professional@demo.kennislijn.nl'`);
    const versions = new Map<string, InstrumentVersionEntity>();
    for (const demo of DEMO_INSTRUMENTS) {
      const instrument = await m.getRepository(InstrumentEntity).save(
        m.getRepository(InstrumentEntity).create({
          communityId,
          title: demo.definition.title,
          draft: demo.definition,
          draftRevs: {},
          latestVersion: 1,
          createdById: researcherId,
          exportSalt: randomBytes(24).toString('hex'),
        }),
      );
      await m.getRepository(InstrumentAuthorEntity).insert([
        { instrumentId: instrument.id, userId: researcherId },
        { instrumentId: instrument.id, userId: lecturerId },
      ]);
      const version = await m.getRepository(InstrumentVersionEntity).save(
        m.getRepository(InstrumentVersionEntity).create({ instrumentId: instrument.id, number: 1, definition: demo.definition, changelog: demo.changelog, publishedById: researcherId }),
      );
      versions.set(demo.slug, version);
      await m.query(`INSERT INTO feed_item (community_id, type, actor_id, subject_id, created_at) VALUES ($1, 'INSTRUMENT_PUBLISHED', $2, $3, now() - interval '3 days')`, [communityId, researcherId, version.id]);
    }
    const version = versions.get('samenwerkingsthermometer');
    if (!version) return;
    const track = await m.getRepository(MonitoringTrackEntity).save(
      m.getRepository(MonitoringTrackEntity).create({ communityId, instrumentId: version.instrumentId, versionId: version.id, caseCode: DEMO_TRACK.caseCode, notes: DEMO_TRACK.notes, createdById: professionalId }),
    );
    for (const [position, r] of DEMO_TRACK.respondents.entries()) {
      const respondent = await m.getRepository(TrackRespondentEntity).save(m.getRepository(TrackRespondentEntity).create({ trackId: track.id, label: r.label, kind: r.kind, position }));
      for (const [i, values] of r.sessions.entries()) {
        const answers = { i1: values[0], i2: values[1], i3: values[2], i4: values[3] };
        const date = new Date(Date.now() - (r.sessions.length - i) * 14 * 86_400_000).toISOString().slice(0, 10);
        await m.getRepository(InstrumentResponseEntity).insert({
          trackId: track.id,
          respondentId: respondent.id,
          versionId: version.id,
          sessionNumber: i + 1,
          sessionDate: date,
          answers,
          scores: scoreResponse(version.definition, answers),
          source: ResponseSource.APP,
          enteredById: professionalId,
        });
      }
    }
  }

  /**
   * The site-wide knowledge base: the references of the source document, summarised in our own words
   * and linked to the learning line, kept by the lecturer (a curator). Seeded once, like the rest.
   */
  private async seedKnowledge(m: EntityManager): Promise<void> {
    if ((await m.query(`SELECT 1 FROM knowledge_item WHERE community_id IS NULL LIMIT 1`)).length) return;
    await m.query(`UPDATE user_account SET is_curator = true WHERE email = 'docent@demo.kennislijn.nl'`);
    const [{ id: curatorId }] = await m.query(`SELECT id FROM user_account WHERE email = 'docent@demo.kennislijn.nl'`);
    const instruments: { id: string; slug: string }[] = await m.query(
      `SELECT i.id, v.definition->>'title' AS slug FROM instrument i JOIN instrument_version v ON v.instrument_id = i.id AND v.number = 1`,
    );
    const instrumentId = (slug: string) => {
      const title = DEMO_INSTRUMENTS.find((d) => d.slug === slug)?.definition.title;
      return instruments.find((i) => i.slug === title)?.id;
    };
    for (const demo of DEMO_KNOWLEDGE_ITEMS) {
      const item = await m.getRepository(KnowledgeItemEntity).save(
        m.getRepository(KnowledgeItemEntity).create({
          communityId: null,
          type: demo.type,
          title: demo.title,
          summary: demo.summary,
          citation: demo.citation,
          evidenceLevel: demo.evidenceLevel,
          finding: demo.finding,
          theoryThemes: demo.theoryThemes,
          tags: demo.tags,
          qualifications: demo.qualificationCodes.length ? await m.getRepository(QualificationEntity).findBy({ code: In(demo.qualificationCodes) }) : [],
          levels: demo.levels.length ? await m.getRepository(LevelEntity).findBy({ number: In(demo.levels) }) : [],
          collaborationForms: demo.collaborationForms.length ? await m.getRepository(CollaborationFormEntity).findBy({ code: In(demo.collaborationForms) }) : [],
          researchThemes: demo.researchThemes.length ? await m.getRepository(ResearchThemeEntity).findBy({ code: In(demo.researchThemes) }) : [],
          caseIds: [],
          instrumentIds: demo.instrumentSlugs.map(instrumentId).filter((id): id is string => !!id),
          authorId: curatorId,
          revision: 1,
        }),
      );
      await m.getRepository(KnowledgeRevisionEntity).insert({
        itemId: item.id,
        number: 1,
        snapshot: snapshotOf(item) as never,
        changeNote: 'Eerste versie',
        authorId: curatorId,
      });
    }
  }
}


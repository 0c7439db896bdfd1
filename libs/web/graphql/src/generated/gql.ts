/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment NotificationFields on Notification {\n    id\n    type\n    createdAt\n    readAt\n    title\n    body\n    link\n  }\n": typeof types.NotificationFieldsFragmentDoc,
    "\n  query Notifications($first: Int, $after: String, $unreadOnly: Boolean) {\n    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      unreadCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...NotificationFields\n        }\n      }\n    }\n  }\n": typeof types.NotificationsDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": typeof types.UnreadNotificationCountDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n": typeof types.MarkAllNotificationsReadDocument,
    "\n  query MyDataExport {\n    myDataExport\n  }\n": typeof types.MyDataExportDocument,
    "\n  mutation DeleteAccount($password: String!) {\n    deleteAccount(password: $password)\n  }\n": typeof types.DeleteAccountDocument,
    "\n  query DevMailbox($first: Int) {\n    devMailbox(first: $first) {\n      id\n      to\n      subject\n      text\n      createdAt\n      status\n    }\n  }\n": typeof types.DevMailboxDocument,
    "\n  query NotificationPreferences {\n    notificationPreferences {\n      communityId\n      communityName\n      email\n    }\n  }\n": typeof types.NotificationPreferencesDocument,
    "\n  mutation SetNotificationPreference($communityId: ID!, $email: EmailFrequency!) {\n    setNotificationPreference(communityId: $communityId, email: $email) {\n      communityId\n      communityName\n      email\n    }\n  }\n": typeof types.SetNotificationPreferenceDocument,
    "\n  fragment CaseCardFields on Case {\n    id\n    title\n    status\n    authorLabel\n    authorHidden\n    responseCount\n    createdAt\n    resolvedAt\n    hidden\n    tags\n    community {\n      id\n      slug\n      name\n    }\n    collaborationForm {\n      id\n      code\n      name\n    }\n  }\n": typeof types.CaseCardFieldsFragmentDoc,
    "\n  fragment CaseResponseFields on CaseResponse {\n    id\n    parentId\n    body\n    bodyHtml\n    createdAt\n    perspective\n    helpfulCount\n    viewerMarkedHelpful\n    isBest\n    hidden\n    hiddenReason\n    author {\n      ...PersonFields\n    }\n    viewerCan {\n      markHelpful\n      reply\n      report\n      hide\n    }\n  }\n": typeof types.CaseResponseFieldsFragmentDoc,
    "\n  fragment CaseDetailFields on Case {\n    ...CaseCardFields\n    context\n    contextHtml\n    dilemma\n    dilemmaHtml\n    tried\n    triedHtml\n    lessonsLearned\n    lessonsLearnedHtml\n    allianceAspects\n    damourConcepts\n    bestResponseId\n    hiddenReason\n    updatedAt\n    author {\n      ...PersonFields\n    }\n    qualifications {\n      id\n      code\n      text\n    }\n    levels {\n      id\n      number\n      name\n    }\n    viewerCan {\n      edit\n      markBest\n      moderate\n      report\n      resolve\n      respond\n    }\n  }\n": typeof types.CaseDetailFieldsFragmentDoc,
    "\n  query Cases(\n    $first: Int\n    $after: String\n    $communityId: ID\n    $collaborationForm: String\n    $qualification: String\n    $level: Int\n    $status: CaseStatus\n    $tag: String\n    $search: String\n  ) {\n    cases(\n      first: $first\n      after: $after\n      communityId: $communityId\n      collaborationForm: $collaborationForm\n      qualification: $qualification\n      level: $level\n      status: $status\n      tag: $tag\n      search: $search\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...CaseCardFields\n        }\n      }\n    }\n  }\n": typeof types.CasesDocument,
    "\n  query CaseTaxonomy {\n    collaborationForms {\n      id\n      code\n      position\n      name\n    }\n    qualifications {\n      id\n      code\n      degree\n      number\n      text\n    }\n    levels {\n      id\n      number\n      name\n    }\n  }\n": typeof types.CaseTaxonomyDocument,
    "\n  query MyCommunities {\n    communities(mine: true, first: 100) {\n      edges {\n        node {\n          id\n          slug\n          name\n          archivedAt\n          viewerCan {\n            post\n          }\n        }\n      }\n    }\n  }\n": typeof types.MyCommunitiesDocument,
    "\n  query Case($id: ID!) {\n    case(id: $id) {\n      ...CaseDetailFields\n      responses {\n        ...CaseResponseFields\n        replies {\n          ...CaseResponseFields\n        }\n      }\n    }\n  }\n": typeof types.CaseDocument,
    "\n  query CaseRevisions($id: ID!) {\n    case(id: $id) {\n      id\n      revisions {\n        id\n        createdAt\n        title\n        context\n        dilemma\n        tried\n        lessonsLearned\n      }\n    }\n  }\n": typeof types.CaseRevisionsDocument,
    "\n  mutation CreateCase($input: CreateCaseInput!) {\n    createCase(input: $input) {\n      ...CaseDetailFields\n    }\n  }\n": typeof types.CreateCaseDocument,
    "\n  mutation UpdateCase($id: ID!, $input: CaseContentInput!) {\n    updateCase(id: $id, input: $input) {\n      ...CaseDetailFields\n    }\n  }\n": typeof types.UpdateCaseDocument,
    "\n  mutation ResolveCase($id: ID!, $lessonsLearned: String!, $privacyOverrides: [PrivacyOverrideInput!]) {\n    resolveCase(id: $id, lessonsLearned: $lessonsLearned, privacyOverrides: $privacyOverrides) {\n      ...CaseDetailFields\n    }\n  }\n": typeof types.ResolveCaseDocument,
    "\n  mutation ReopenCase($id: ID!) {\n    reopenCase(id: $id) {\n      ...CaseDetailFields\n    }\n  }\n": typeof types.ReopenCaseDocument,
    "\n  mutation RespondToCase($input: RespondInput!) {\n    respondToCase(input: $input) {\n      id\n      parentId\n      createdAt\n    }\n  }\n": typeof types.RespondToCaseDocument,
    "\n  mutation MarkResponseHelpful($id: ID!, $helpful: Boolean!) {\n    markResponseHelpful(id: $id, helpful: $helpful) {\n      id\n      helpfulCount\n      viewerMarkedHelpful\n    }\n  }\n": typeof types.MarkResponseHelpfulDocument,
    "\n  mutation SetBestResponse($caseId: ID!, $responseId: ID) {\n    setBestResponse(caseId: $caseId, responseId: $responseId) {\n      id\n      bestResponseId\n      responses {\n        id\n        isBest\n        replies {\n          id\n          isBest\n        }\n      }\n    }\n  }\n": typeof types.SetBestResponseDocument,
    "\n  fragment PersonFields on Person {\n    id\n    displayName\n    role\n    organisation\n    level\n    isFormerMember\n  }\n": typeof types.PersonFieldsFragmentDoc,
    "\n  fragment CommunityCardFields on Community {\n    id\n    slug\n    name\n    description\n    tags\n    visibility\n    joinPolicy\n    memberCount\n    viewerStatus\n    viewerRole\n    archivedAt\n    researchThemes {\n      id\n      code\n      name\n    }\n  }\n": typeof types.CommunityCardFieldsFragmentDoc,
    "\n  fragment CommunityPermissionsFields on CommunityPermissions {\n    read\n    edit\n    archive\n    manageRoles\n    join\n    requestToJoin\n    leave\n    post\n    moderate\n    invite\n    createRequestLink\n    readMembers\n    readAuditLog\n    report\n  }\n": typeof types.CommunityPermissionsFieldsFragmentDoc,
    "\n  fragment CommunityDetailFields on Community {\n    ...CommunityCardFields\n    descriptionHtml\n    guidelines\n    guidelinesHtml\n    createdAt\n    viewerCan {\n      ...CommunityPermissionsFields\n    }\n    viewerJoinRequest {\n      id\n      status\n    }\n  }\n": typeof types.CommunityDetailFieldsFragmentDoc,
    "\n  fragment FeedItemFields on FeedItem {\n    id\n    type\n    createdAt\n    pinned\n    hidden\n    hiddenReason\n    actor {\n      ...PersonFields\n    }\n    post {\n      id\n      body\n      bodyHtml\n      createdAt\n      author {\n        ...PersonFields\n      }\n    }\n    case {\n      id\n      title\n    }\n    caseResponse {\n      id\n    }\n    instrumentVersion {\n      id\n      number\n      instrumentId\n      definition {\n        title\n      }\n    }\n    session {\n      id\n      title\n      startsAt\n      status\n    }\n    viewerCan {\n      pin\n      hide\n      report\n      delete\n    }\n  }\n": typeof types.FeedItemFieldsFragmentDoc,
    "\n  query Communities($first: Int, $after: String, $search: String, $tag: String, $theme: String, $mine: Boolean) {\n    communities(first: $first, after: $after, search: $search, tag: $tag, theme: $theme, mine: $mine) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...CommunityCardFields\n        }\n      }\n    }\n  }\n": typeof types.CommunitiesDocument,
    "\n  query ResearchThemes {\n    researchThemes {\n      id\n      code\n      position\n      name\n    }\n  }\n": typeof types.ResearchThemesDocument,
    "\n  query Community($slug: String!) {\n    community(slug: $slug) {\n      ...CommunityDetailFields\n    }\n  }\n": typeof types.CommunityDocument,
    "\n  query CommunityFeed($slug: String!, $first: Int, $after: String) {\n    community(slug: $slug) {\n      id\n      pinnedItems {\n        ...FeedItemFields\n      }\n      feed(first: $first, after: $after) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...FeedItemFields\n          }\n        }\n      }\n    }\n  }\n": typeof types.CommunityFeedDocument,
    "\n  query CommunityMembers(\n    $slug: String!\n    $first: Int\n    $after: String\n    $search: String\n    $profileRole: ProfileRole\n    $communityRole: CommunityRole\n  ) {\n    community(slug: $slug) {\n      id\n      members(first: $first, after: $after, search: $search, profileRole: $profileRole, communityRole: $communityRole) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            role\n            joinedAt\n            person {\n              ...PersonFields\n            }\n            viewerCan {\n              setRole\n              remove\n              ban\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.CommunityMembersDocument,
    "\n  mutation CreateCommunity($input: CommunityInput!) {\n    createCommunity(input: $input) {\n      ...CommunityDetailFields\n    }\n  }\n": typeof types.CreateCommunityDocument,
    "\n  mutation UpdateCommunity($id: ID!, $input: UpdateCommunityInput!) {\n    updateCommunity(id: $id, input: $input) {\n      ...CommunityDetailFields\n    }\n  }\n": typeof types.UpdateCommunityDocument,
    "\n  mutation ArchiveCommunity($id: ID!) {\n    archiveCommunity(id: $id) {\n      ...CommunityDetailFields\n    }\n  }\n": typeof types.ArchiveCommunityDocument,
    "\n  mutation UnarchiveCommunity($id: ID!) {\n    unarchiveCommunity(id: $id) {\n      ...CommunityDetailFields\n    }\n  }\n": typeof types.UnarchiveCommunityDocument,
    "\n  mutation JoinCommunity($id: ID!) {\n    joinCommunity(id: $id) {\n      ...CommunityDetailFields\n    }\n  }\n": typeof types.JoinCommunityDocument,
    "\n  mutation RequestToJoin($id: ID!, $message: String) {\n    requestToJoin(id: $id, message: $message) {\n      id\n      status\n    }\n  }\n": typeof types.RequestToJoinDocument,
    "\n  mutation CancelJoinRequest($id: ID!) {\n    cancelJoinRequest(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.CancelJoinRequestDocument,
    "\n  mutation LeaveCommunity($id: ID!) {\n    leaveCommunity(id: $id)\n  }\n": typeof types.LeaveCommunityDocument,
    "\n  mutation CreatePost($communityId: ID!, $body: String!, $clientId: ID, $privacyOverrides: [PrivacyOverrideInput!]) {\n    createPost(communityId: $communityId, body: $body, clientId: $clientId, privacyOverrides: $privacyOverrides) {\n      ...FeedItemFields\n    }\n  }\n": typeof types.CreatePostDocument,
    "\n  mutation DeletePost($id: ID!) {\n    deletePost(id: $id)\n  }\n": typeof types.DeletePostDocument,
    "\n  mutation PinFeedItem($id: ID!) {\n    pinFeedItem(id: $id) {\n      ...FeedItemFields\n    }\n  }\n": typeof types.PinFeedItemDocument,
    "\n  mutation UnpinFeedItem($id: ID!) {\n    unpinFeedItem(id: $id) {\n      ...FeedItemFields\n    }\n  }\n": typeof types.UnpinFeedItemDocument,
    "\n  mutation ReportContent($type: ContentType!, $id: ID!, $reason: String!) {\n    reportContent(type: $type, id: $id, reason: $reason)\n  }\n": typeof types.ReportContentDocument,
    "\n  mutation SetMemberRole($communityId: ID!, $userId: ID!, $role: CommunityRole!) {\n    setMemberRole(communityId: $communityId, userId: $userId, role: $role) {\n      role\n      joinedAt\n      person {\n        ...PersonFields\n      }\n    }\n  }\n": typeof types.SetMemberRoleDocument,
    "\n  mutation RemoveMember($communityId: ID!, $userId: ID!, $reason: String) {\n    removeMember(communityId: $communityId, userId: $userId, reason: $reason)\n  }\n": typeof types.RemoveMemberDocument,
    "\n  mutation BanMember($communityId: ID!, $userId: ID!, $reason: String!) {\n    banMember(communityId: $communityId, userId: $userId, reason: $reason) {\n      reason\n      createdAt\n    }\n  }\n": typeof types.BanMemberDocument,
    "\n  fragment ThreadFields on Thread {\n    id\n    kind\n    subjectId\n    communityId\n    lastSeq\n    lastReadSeq\n    unreadCount\n    viewerCan {\n      post\n      moderate\n    }\n  }\n": typeof types.ThreadFieldsFragmentDoc,
    "\n  fragment MessageFields on Message {\n    id\n    threadId\n    seq\n    eventSeq\n    clientId\n    body\n    bodyHtml\n    replyToId\n    mentionIds\n    createdAt\n    editedAt\n    deleted\n    hidden\n    author {\n      id\n      displayName\n      isFormerMember\n    }\n  }\n": typeof types.MessageFieldsFragmentDoc,
    "\n  query Thread($kind: ThreadKind!, $subjectId: ID!) {\n    thread(kind: $kind, subjectId: $subjectId) {\n      ...ThreadFields\n    }\n  }\n": typeof types.ThreadDocument,
    "\n  query ThreadMessages($threadId: ID!, $last: Int!, $beforeSeq: Int) {\n    threadMessages(threadId: $threadId, last: $last, beforeSeq: $beforeSeq) {\n      hasMore\n      threadSeq\n      nodes {\n        ...MessageFields\n      }\n    }\n  }\n": typeof types.ThreadMessagesDocument,
    "\n  mutation EditMessage($input: EditMessageInput!) {\n    editMessage(input: $input) {\n      ...MessageFields\n    }\n  }\n": typeof types.EditMessageDocument,
    "\n  mutation DeleteMessage($id: ID!) {\n    deleteMessage(id: $id) {\n      ...MessageFields\n    }\n  }\n": typeof types.DeleteMessageDocument,
    "\n  mutation MarkThreadRead($threadId: ID!, $seq: Int!) {\n    markThreadRead(threadId: $threadId, seq: $seq)\n  }\n": typeof types.MarkThreadReadDocument,
    "\n  query MentionCandidates($slug: String!, $search: String, $first: Int) {\n    community(slug: $slug) {\n      id\n      members(first: $first, search: $search) {\n        edges {\n          node {\n            person {\n              id\n              displayName\n              isFormerMember\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.MentionCandidatesDocument,
    "\n  fragment InstrumentCardFields on Instrument {\n    id\n    title\n    communityId\n    latestVersion\n    draftRev\n    trackCount\n    updatedAt\n    authors {\n      ...PersonFields\n    }\n    lineage {\n      instrumentId\n      title\n      versionNumber\n      communityName\n    }\n  }\n": typeof types.InstrumentCardFieldsFragmentDoc,
    "\n  fragment InstrumentDefinitionFields on InstrumentDefinition {\n    title\n    purpose\n    purposeHtml\n    respondents\n    items {\n      id\n      type\n      text\n      help\n      points\n      labels\n      options {\n        id\n        label\n        score\n      }\n      reverse\n      subscaleId\n      required\n    }\n    subscales {\n      id\n      name\n      method\n    }\n    scoring {\n      total\n      splitSpread\n      thresholds {\n        id\n        scope\n        kind\n        value\n        label\n      }\n      referenceLines {\n        id\n        scope\n        value\n        label\n      }\n    }\n  }\n": typeof types.InstrumentDefinitionFieldsFragmentDoc,
    "\n  fragment InstrumentCommentFields on InstrumentComment {\n    id\n    itemId\n    body\n    bodyHtml\n    createdAt\n    resolvedAt\n    author {\n      ...PersonFields\n    }\n  }\n": typeof types.InstrumentCommentFieldsFragmentDoc,
    "\n  fragment InstrumentVersionSummaryFields on InstrumentVersion {\n    id\n    number\n    changelog\n    publishedAt\n    publishedBy {\n      ...PersonFields\n    }\n  }\n": typeof types.InstrumentVersionSummaryFieldsFragmentDoc,
    "\n  fragment InstrumentDetailFields on Instrument {\n    ...InstrumentCardFields\n    createdAt\n    community {\n      id\n      slug\n      name\n    }\n    draft {\n      ...InstrumentDefinitionFields\n    }\n    draftParts {\n      part\n      rev\n      byName\n      at\n    }\n    comments {\n      ...InstrumentCommentFields\n    }\n    versions {\n      ...InstrumentVersionSummaryFields\n    }\n    permissions {\n      readDraft\n      edit\n      comment\n      track\n      analyse\n      fork\n    }\n  }\n": typeof types.InstrumentDetailFieldsFragmentDoc,
    "\n  query CommunityInstruments($communityId: ID!) {\n    instruments(communityId: $communityId) {\n      ...InstrumentCardFields\n    }\n  }\n": typeof types.CommunityInstrumentsDocument,
    "\n  query InstrumentDetail($id: ID!) {\n    instrument(id: $id) {\n      ...InstrumentDetailFields\n    }\n  }\n": typeof types.InstrumentDetailDocument,
    "\n  query InstrumentVersionDetail($instrumentId: ID!, $number: Int!) {\n    instrumentVersion(instrumentId: $instrumentId, number: $number) {\n      ...InstrumentVersionSummaryFields\n      definition {\n        ...InstrumentDefinitionFields\n      }\n    }\n  }\n": typeof types.InstrumentVersionDetailDocument,
    "\n  query InstrumentDiff($instrumentId: ID!, $from: Int!, $to: Int) {\n    instrumentDiff(instrumentId: $instrumentId, from: $from, to: $to) {\n      entity\n      kind\n      id\n      field\n      before\n      after\n      label\n    }\n  }\n": typeof types.InstrumentDiffDocument,
    "\n  mutation CreateInstrument($communityId: ID!, $title: String!, $purpose: String!, $privacyOverrides: [PrivacyOverrideInput!]) {\n    createInstrument(communityId: $communityId, title: $title, purpose: $purpose, privacyOverrides: $privacyOverrides) {\n      ...InstrumentCardFields\n    }\n  }\n": typeof types.CreateInstrumentDocument,
    "\n  mutation UpdateInstrumentMeta($id: ID!, $expectedRev: Int!, $input: InstrumentMetaInput!, $privacyOverrides: [PrivacyOverrideInput!]) {\n    updateInstrumentMeta(id: $id, expectedRev: $expectedRev, input: $input, privacyOverrides: $privacyOverrides) {\n      ...InstrumentDetailFields\n    }\n  }\n": typeof types.UpdateInstrumentMetaDocument,
    "\n  mutation AddInstrumentItem($id: ID!, $type: InstrumentItemType!, $afterItemId: String) {\n    addInstrumentItem(id: $id, type: $type, afterItemId: $afterItemId) {\n      itemId\n      instrument {\n        ...InstrumentDetailFields\n      }\n    }\n  }\n": typeof types.AddInstrumentItemDocument,
    "\n  mutation UpdateInstrumentItem($id: ID!, $itemId: String!, $expectedRev: Int!, $input: InstrumentItemInput!, $privacyOverrides: [PrivacyOverrideInput!]) {\n    updateInstrumentItem(id: $id, itemId: $itemId, expectedRev: $expectedRev, input: $input, privacyOverrides: $privacyOverrides) {\n      ...InstrumentDetailFields\n    }\n  }\n": typeof types.UpdateInstrumentItemDocument,
    "\n  mutation RemoveInstrumentItem($id: ID!, $itemId: String!, $expectedRev: Int!) {\n    removeInstrumentItem(id: $id, itemId: $itemId, expectedRev: $expectedRev) {\n      ...InstrumentDetailFields\n    }\n  }\n": typeof types.RemoveInstrumentItemDocument,
    "\n  mutation MoveInstrumentItem($id: ID!, $itemId: String!, $toIndex: Int!) {\n    moveInstrumentItem(id: $id, itemId: $itemId, toIndex: $toIndex) {\n      ...InstrumentDetailFields\n    }\n  }\n": typeof types.MoveInstrumentItemDocument,
    "\n  mutation UpdateInstrumentScoring($id: ID!, $expectedRev: Int!, $input: ScoringInput!, $privacyOverrides: [PrivacyOverrideInput!]) {\n    updateInstrumentScoring(id: $id, expectedRev: $expectedRev, input: $input, privacyOverrides: $privacyOverrides) {\n      ...InstrumentDetailFields\n    }\n  }\n": typeof types.UpdateInstrumentScoringDocument,
    "\n  mutation AddInstrumentAuthor($id: ID!, $userId: ID!) {\n    addInstrumentAuthor(id: $id, userId: $userId) {\n      ...InstrumentDetailFields\n    }\n  }\n": typeof types.AddInstrumentAuthorDocument,
    "\n  mutation CommentOnInstrument($id: ID!, $itemId: String, $body: String!, $clientId: ID, $privacyOverrides: [PrivacyOverrideInput!]) {\n    commentOnInstrument(id: $id, itemId: $itemId, body: $body, clientId: $clientId, privacyOverrides: $privacyOverrides) {\n      ...InstrumentCommentFields\n    }\n  }\n": typeof types.CommentOnInstrumentDocument,
    "\n  mutation ResolveInstrumentComment($id: ID!, $resolved: Boolean!) {\n    resolveInstrumentComment(id: $id, resolved: $resolved) {\n      ...InstrumentCommentFields\n    }\n  }\n": typeof types.ResolveInstrumentCommentDocument,
    "\n  mutation PublishInstrument($id: ID!, $changelog: String!, $expectedDraftRev: Int!, $privacyOverrides: [PrivacyOverrideInput!]) {\n    publishInstrument(id: $id, changelog: $changelog, expectedDraftRev: $expectedDraftRev, privacyOverrides: $privacyOverrides) {\n      ...InstrumentVersionSummaryFields\n    }\n  }\n": typeof types.PublishInstrumentDocument,
    "\n  mutation ForkInstrument($id: ID!, $communityId: ID!, $versionNumber: Int) {\n    forkInstrument(id: $id, communityId: $communityId, versionNumber: $versionNumber) {\n      ...InstrumentCardFields\n    }\n  }\n": typeof types.ForkInstrumentDocument,
    "\n  fragment KnowledgeCardFields on KnowledgeItem {\n    id\n    type\n    title\n    summary\n    evidenceLevel\n    updatedAt\n    revision\n    citation {\n      authors\n      year\n      title\n    }\n    community {\n      id\n      slug\n      name\n    }\n    qualifications {\n      id\n      code\n      text\n    }\n    levels {\n      id\n      number\n      name\n    }\n  }\n": typeof types.KnowledgeCardFieldsFragmentDoc,
    "\n  fragment KnowledgeDetailFields on KnowledgeItem {\n    id\n    type\n    title\n    summary\n    summaryHtml\n    evidenceLevel\n    communityId\n    createdAt\n    updatedAt\n    revision\n    canEdit\n    sourceCaseId\n    theoryThemes\n    tags\n    citation {\n      authors\n      year\n      title\n      container\n      volume\n      issue\n      pages\n      doi\n      url\n    }\n    finding {\n      studyDesign\n      sample\n      practiceImplications\n    }\n    community {\n      id\n      slug\n      name\n      visibility\n    }\n    author {\n      ...PersonFields\n    }\n    qualifications {\n      id\n      code\n      degree\n      text\n    }\n    levels {\n      id\n      number\n      name\n    }\n    collaborationForms {\n      id\n      code\n      name\n    }\n    researchThemes {\n      id\n      code\n      name\n    }\n    cases {\n      id\n      title\n    }\n    instruments {\n      id\n      title\n    }\n    revisions {\n      id\n      number\n      changeNote\n      createdAt\n      author {\n        ...PersonFields\n      }\n    }\n  }\n": typeof types.KnowledgeDetailFieldsFragmentDoc,
    "\n  query KnowledgeItems(\n    $communityId: ID\n    $siteWide: Boolean\n    $type: KnowledgeType\n    $qualification: String\n    $level: Int\n    $collaborationForm: String\n    $theoryTheme: TheoryTheme\n    $researchTheme: String\n    $tag: String\n    $first: Int! = 100\n  ) {\n    knowledgeItems(\n      communityId: $communityId\n      siteWide: $siteWide\n      type: $type\n      qualification: $qualification\n      level: $level\n      collaborationForm: $collaborationForm\n      theoryTheme: $theoryTheme\n      researchTheme: $researchTheme\n      tag: $tag\n      first: $first\n    ) {\n      ...KnowledgeCardFields\n    }\n  }\n": typeof types.KnowledgeItemsDocument,
    "\n  query KnowledgeItem($id: ID!) {\n    knowledgeItem(id: $id) {\n      ...KnowledgeDetailFields\n    }\n  }\n": typeof types.KnowledgeItemDocument,
    "\n  query KnowledgeDiff($id: ID!, $from: Int!, $to: Int!) {\n    knowledgeDiff(id: $id, from: $from, to: $to) {\n      field\n      before\n      after\n    }\n  }\n": typeof types.KnowledgeDiffDocument,
    "\n  query KnowledgeTaxonomy {\n    me {\n      id\n      level\n      isCurator\n    }\n    qualifications {\n      id\n      code\n      degree\n      number\n      text\n    }\n    levels {\n      id\n      number\n      name\n      description\n    }\n    collaborationForms {\n      id\n      code\n      position\n      name\n    }\n    researchThemes {\n      id\n      code\n      position\n      name\n    }\n    communities(mine: true, first: 100) {\n      edges {\n        node {\n          id\n          slug\n          name\n          archivedAt\n          viewerCan {\n            post\n          }\n        }\n      }\n    }\n  }\n": typeof types.KnowledgeTaxonomyDocument,
    "\n  mutation CreateKnowledgeItem($input: CreateKnowledgeInput!) {\n    createKnowledgeItem(input: $input) {\n      ...KnowledgeDetailFields\n    }\n  }\n": typeof types.CreateKnowledgeItemDocument,
    "\n  mutation UpdateKnowledgeItem($id: ID!, $expectedRevision: Int!, $changeNote: String!, $input: KnowledgeContentInput!) {\n    updateKnowledgeItem(id: $id, expectedRevision: $expectedRevision, changeNote: $changeNote, input: $input) {\n      ...KnowledgeDetailFields\n    }\n  }\n": typeof types.UpdateKnowledgeItemDocument,
    "\n  query LearningLineMap {\n    me {\n      id\n      level\n      isCurator\n    }\n    learningLineMap {\n      qualificationCode\n      level\n      knowledgeCount\n      caseCount\n      instrumentCount\n      sessionCount\n      gap\n    }\n    qualifications {\n      id\n      code\n      degree\n      number\n      text\n    }\n    levels {\n      id\n      number\n      name\n      description\n    }\n  }\n": typeof types.LearningLineMapDocument,
    "\n  query LearningLineMapCsv {\n    learningLineMapCsv\n  }\n": typeof types.LearningLineMapCsvDocument,
    "\n  query ReadingPath($level: Int!) {\n    readingPath(level: $level) {\n      ...KnowledgeCardFields\n    }\n  }\n": typeof types.ReadingPathDocument,
    "\n  query LearningLineTexts {\n    qualifications {\n      id\n      code\n      text\n    }\n    levels {\n      id\n      number\n      description\n    }\n  }\n": typeof types.LearningLineTextsDocument,
    "\n  query LearningLineHistory($qualification: String, $level: Int) {\n    learningLineHistory(qualification: $qualification, level: $level) {\n      id\n      number\n      beforeNl\n      afterNl\n      beforeEn\n      afterEn\n      changeNote\n      createdAt\n      author {\n        ...PersonFields\n      }\n    }\n  }\n": typeof types.LearningLineHistoryDocument,
    "\n  mutation EditQualification($code: String!, $input: LearningLineTextInput!) {\n    editQualification(code: $code, input: $input) {\n      id\n      code\n      degree\n      number\n      text\n    }\n  }\n": typeof types.EditQualificationDocument,
    "\n  mutation EditLevel($number: Int!, $input: LearningLineTextInput!) {\n    editLevel(number: $number, input: $input) {\n      id\n      number\n      name\n      description\n    }\n  }\n": typeof types.EditLevelDocument,
    "\n  fragment ContentPreviewFields on ContentPreview {\n    type\n    id\n    excerpt\n    hidden\n    hiddenReason\n    author {\n      ...PersonFields\n    }\n  }\n": typeof types.ContentPreviewFieldsFragmentDoc,
    "\n  fragment InvitationFields on Invitation {\n    id\n    mode\n    email\n    expiresAt\n    createdAt\n    uses\n    revokedAt\n    createdBy {\n      ...PersonFields\n    }\n  }\n": typeof types.InvitationFieldsFragmentDoc,
    "\n  query CommunityJoinRequests($slug: String!) {\n    community(slug: $slug) {\n      id\n      joinRequests {\n        id\n        status\n        message\n        createdAt\n        person {\n          ...PersonFields\n        }\n      }\n    }\n  }\n": typeof types.CommunityJoinRequestsDocument,
    "\n  mutation DecideJoinRequest($id: ID!, $approve: Boolean!, $message: String) {\n    decideJoinRequest(id: $id, approve: $approve, message: $message) {\n      id\n      status\n      decisionMessage\n      decidedAt\n    }\n  }\n": typeof types.DecideJoinRequestDocument,
    "\n  query CommunityReports($slug: String!, $status: ReportStatus, $first: Int, $after: String) {\n    community(slug: $slug) {\n      id\n      reports(status: $status, first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            id\n            status\n            reason\n            createdAt\n            reporter {\n              ...PersonFields\n            }\n            content {\n              ...ContentPreviewFields\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.CommunityReportsDocument,
    "\n  mutation HideContent($type: ContentType!, $id: ID!, $reason: String!) {\n    hideContent(type: $type, id: $id, reason: $reason) {\n      ...ContentPreviewFields\n    }\n  }\n": typeof types.HideContentDocument,
    "\n  mutation RestoreContent($type: ContentType!, $id: ID!) {\n    restoreContent(type: $type, id: $id) {\n      ...ContentPreviewFields\n    }\n  }\n": typeof types.RestoreContentDocument,
    "\n  mutation DismissReport($id: ID!) {\n    dismissReport(id: $id) {\n      id\n      status\n      resolvedAt\n    }\n  }\n": typeof types.DismissReportDocument,
    "\n  query CommunityBans($slug: String!) {\n    community(slug: $slug) {\n      id\n      bans {\n        reason\n        createdAt\n        person {\n          ...PersonFields\n        }\n        bannedBy {\n          ...PersonFields\n        }\n      }\n    }\n  }\n": typeof types.CommunityBansDocument,
    "\n  mutation UnbanMember($communityId: ID!, $userId: ID!) {\n    unbanMember(communityId: $communityId, userId: $userId)\n  }\n": typeof types.UnbanMemberDocument,
    "\n  query CommunityInvitations($slug: String!) {\n    community(slug: $slug) {\n      id\n      invitations {\n        ...InvitationFields\n      }\n    }\n  }\n": typeof types.CommunityInvitationsDocument,
    "\n  mutation CreateInvitation($communityId: ID!, $mode: InvitationMode, $email: String, $expiresInDays: Int) {\n    createInvitation(communityId: $communityId, mode: $mode, email: $email, expiresInDays: $expiresInDays) {\n      token\n      url\n      invitation {\n        ...InvitationFields\n      }\n    }\n  }\n": typeof types.CreateInvitationDocument,
    "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      ...InvitationFields\n    }\n  }\n": typeof types.RevokeInvitationDocument,
    "\n  query CommunityAuditLog($slug: String!, $first: Int, $after: String) {\n    community(slug: $slug) {\n      id\n      auditLog(first: $first, after: $after) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            id\n            action\n            createdAt\n            reason\n            summary\n            actor {\n              ...PersonFields\n            }\n            target {\n              ...PersonFields\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.CommunityAuditLogDocument,
    "\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) {\n      mode\n      expiresAt\n      communityName\n      communitySlug\n      communityDescriptionHtml\n      visibility\n      joinPolicy\n      viewerStatus\n    }\n  }\n": typeof types.InvitationPreviewDocument,
    "\n  mutation AcceptInvitation($token: String!, $message: String) {\n    acceptInvitation(token: $token, message: $message) {\n      outcome\n      communitySlug\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  fragment MonitoringItemFields on InstrumentItem {\n    id\n    type\n    text\n    help\n    points\n    labels\n    required\n    options {\n      id\n      label\n    }\n  }\n": typeof types.MonitoringItemFieldsFragmentDoc,
    "\n  fragment MonitoringTrackCardFields on MonitoringTrack {\n    id\n    caseCode\n    versionNumber\n    closedAt\n    createdAt\n    canWrite\n    respondents {\n      id\n      label\n      kind\n      position\n    }\n    chart {\n      sessions\n      signals {\n        kind\n        sessionNumber\n      }\n    }\n  }\n": typeof types.MonitoringTrackCardFieldsFragmentDoc,
    "\n  fragment TrackChartFields on TrackChart {\n    scopes {\n      id\n      name\n    }\n    series {\n      respondentId\n      label\n      kind\n      points {\n        sessionNumber\n        sessionDate\n        scores {\n          scope\n          value\n        }\n      }\n    }\n    sessions\n    signals {\n      kind\n      scope\n      sessionNumber\n      respondentId\n      value\n      previous\n      spread\n      label\n      thresholdId\n    }\n    spreads {\n      sessionNumber\n      scope\n      spread\n      minRespondentId\n      minValue\n      maxRespondentId\n      maxValue\n      split\n    }\n    thresholds {\n      id\n      kind\n      label\n      scope\n      value\n    }\n    referenceLines {\n      id\n      label\n      scope\n      value\n    }\n    splitSpread\n  }\n": typeof types.TrackChartFieldsFragmentDoc,
    "\n  fragment TrackResponseFields on InstrumentResponse {\n    id\n    respondentId\n    sessionNumber\n    sessionDate\n    source\n    total\n    createdAt\n    updatedAt\n    answers {\n      itemId\n      value\n      choice\n      text\n    }\n    scores {\n      scope\n      value\n    }\n  }\n": typeof types.TrackResponseFieldsFragmentDoc,
    "\n  fragment RespondentLinkFields on RespondentLink {\n    id\n    respondentId\n    sessionNumber\n    status\n    expiresAt\n    usedAt\n    createdAt\n  }\n": typeof types.RespondentLinkFieldsFragmentDoc,
    "\n  query MonitoringTracks($communityId: ID!, $instrumentId: ID) {\n    monitoringTracks(communityId: $communityId, instrumentId: $instrumentId) {\n      ...MonitoringTrackCardFields\n    }\n  }\n": typeof types.MonitoringTracksDocument,
    "\n  query MonitoringTrack($id: ID!) {\n    monitoringTrack(id: $id) {\n      id\n      caseCode\n      notes\n      communityId\n      instrumentId\n      versionNumber\n      splitSpread\n      closedAt\n      createdAt\n      canWrite\n      createdBy {\n        id\n        displayName\n      }\n      instrument {\n        id\n        title\n        community {\n          id\n          slug\n          name\n        }\n      }\n      version {\n        id\n        number\n        definition {\n          title\n          items {\n            ...MonitoringItemFields\n          }\n        }\n      }\n      respondents {\n        id\n        label\n        kind\n        position\n      }\n      responses {\n        ...TrackResponseFields\n      }\n      chart {\n        ...TrackChartFields\n      }\n      links {\n        ...RespondentLinkFields\n      }\n    }\n  }\n": typeof types.MonitoringTrackDocument,
    "\n  mutation CreateMonitoringTrack($input: CreateTrackInput!) {\n    createMonitoringTrack(input: $input) {\n      id\n      caseCode\n    }\n  }\n": typeof types.CreateMonitoringTrackDocument,
    "\n  mutation AddTrackRespondent($trackId: ID!, $input: RespondentInput!, $privacyOverrides: [PrivacyOverrideInput!]) {\n    addTrackRespondent(trackId: $trackId, input: $input, privacyOverrides: $privacyOverrides) {\n      id\n      label\n      kind\n      position\n    }\n  }\n": typeof types.AddTrackRespondentDocument,
    "\n  mutation CloseMonitoringTrack($id: ID!, $closed: Boolean!) {\n    closeMonitoringTrack(id: $id, closed: $closed) {\n      id\n      closedAt\n    }\n  }\n": typeof types.CloseMonitoringTrackDocument,
    "\n  mutation RecordTrackResponse($input: RecordResponseInput!) {\n    recordResponse(input: $input) {\n      ...TrackResponseFields\n    }\n  }\n": typeof types.RecordTrackResponseDocument,
    "\n  mutation UpdateTrackResponse($id: ID!, $answers: [AnswerInput!]!, $sessionDate: String, $privacyOverrides: [PrivacyOverrideInput!]) {\n    updateResponse(id: $id, answers: $answers, sessionDate: $sessionDate, privacyOverrides: $privacyOverrides) {\n      ...TrackResponseFields\n    }\n  }\n": typeof types.UpdateTrackResponseDocument,
    "\n  mutation DeleteTrackResponse($id: ID!) {\n    deleteResponse(id: $id)\n  }\n": typeof types.DeleteTrackResponseDocument,
    "\n  mutation CreateRespondentLink($input: CreateRespondentLinkInput!) {\n    createRespondentLink(input: $input) {\n      token\n      path\n      link {\n        ...RespondentLinkFields\n      }\n    }\n  }\n": typeof types.CreateRespondentLinkDocument,
    "\n  mutation RevokeRespondentLink($id: ID!) {\n    revokeRespondentLink(id: $id) {\n      ...RespondentLinkFields\n    }\n  }\n": typeof types.RevokeRespondentLinkDocument,
    "\n  query RespondentForm($token: String!) {\n    respondentForm(token: $token) {\n      status\n      instrumentTitle\n      respondentLabel\n      sessionNumber\n      expiresAt\n      items {\n        ...MonitoringItemFields\n      }\n    }\n  }\n": typeof types.RespondentFormDocument,
    "\n  mutation SubmitRespondentForm($token: String!, $answers: [AnswerInput!]!) {\n    submitRespondentForm(token: $token, answers: $answers)\n  }\n": typeof types.SubmitRespondentFormDocument,
    "\n  query InstrumentAggregate($instrumentId: ID!, $versionNumber: Int) {\n    instrumentAggregate(instrumentId: $instrumentId, versionNumber: $versionNumber) {\n      versionNumber\n      tracks\n      responses\n      scopes {\n        id\n        name\n      }\n      sessions {\n        sessionNumber\n        tracks\n        responses\n        scopes {\n          scope\n          n\n          mean\n          sd\n        }\n      }\n    }\n  }\n": typeof types.InstrumentAggregateDocument,
    "\n  query InstrumentExportCsv($instrumentId: ID!, $versionNumber: Int) {\n    instrumentExportCsv(instrumentId: $instrumentId, versionNumber: $versionNumber)\n  }\n": typeof types.InstrumentExportCsvDocument,
    "\n  fragment UserFields on User {\n    id\n    email\n    displayName\n    role\n    organisation\n    level\n    createdAt\n  }\n": typeof types.UserFieldsFragmentDoc,
    "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      accessToken\n      user {\n        ...UserFields\n      }\n    }\n  }\n": typeof types.RegisterDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      user {\n        ...UserFields\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation RefreshToken {\n    refreshToken {\n      accessToken\n      user {\n        ...UserFields\n      }\n    }\n  }\n": typeof types.RefreshTokenDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  query Me {\n    me {\n      ...UserFields\n    }\n  }\n": typeof types.MeDocument,
    "\n  query Levels {\n    levels {\n      id\n      number\n      name\n      description\n    }\n  }\n": typeof types.LevelsDocument,
    "\n  query LearningPath {\n    levels {\n      id\n      number\n      name\n      description\n    }\n    qualifications {\n      id\n      code\n      degree\n      number\n      text\n    }\n  }\n": typeof types.LearningPathDocument,
    "\n  query Search($input: SearchInput!) {\n    search(input: $input) {\n      total\n      parts\n      tookMs\n      hits {\n        id\n        type\n        subjectId\n        link\n        communityId\n        communityName\n        label\n        titleHtml\n        snippetHtml\n        exact\n        createdAt\n      }\n      facets {\n        types {\n          value\n          label\n          count\n        }\n        communities {\n          value\n          label\n          count\n        }\n        qualifications {\n          value\n          label\n          count\n        }\n        levels {\n          value\n          label\n          count\n        }\n        collaborationForms {\n          value\n          label\n          count\n        }\n        tags {\n          value\n          label\n          count\n        }\n        years {\n          value\n          label\n          count\n        }\n      }\n    }\n  }\n": typeof types.SearchDocument,
    "\n  fragment SessionStepFields on MethodStep {\n    key\n    title\n    actor\n    minutes\n    prompt\n    output\n  }\n": typeof types.SessionStepFieldsFragmentDoc,
    "\n  fragment SessionCardFields on Session {\n    id\n    title\n    status\n    startsAt\n    endsAt\n    capacity\n    themeCode\n    themeText\n    location\n    onlineUrl\n    methodName\n    communityId\n    community {\n      id\n      slug\n      name\n    }\n    rsvpCounts {\n      going\n      maybe\n      waitlist\n    }\n    viewerRsvp {\n      status\n      waitlistPosition\n    }\n    viewerCan {\n      rsvp\n      participate\n      moderate\n    }\n  }\n": typeof types.SessionCardFieldsFragmentDoc,
    "\n  fragment SessionDetailFields on Session {\n    ...SessionCardFields\n    description\n    createdAt\n    methodId\n    currentStep\n    stepStartedAt\n    stateSeq\n    steps {\n      ...SessionStepFields\n    }\n    caseIds\n    knowledgeIds\n    instrumentIds\n    outcomes\n    lessonItemId\n    threadId\n    notes {\n      stepKey\n      body\n      rev\n    }\n    attendees {\n      userId\n      displayName\n      firstSeenAt\n    }\n  }\n": typeof types.SessionDetailFieldsFragmentDoc,
    "\n  fragment SessionMethodFields on SessionMethod {\n    id\n    code\n    communityId\n    name\n    summary\n    totalMinutes\n    steps {\n      ...SessionStepFields\n    }\n  }\n": typeof types.SessionMethodFieldsFragmentDoc,
    "\n  query Sessions($communityId: ID, $from: DateTime, $to: DateTime, $mine: Boolean, $newestFirst: Boolean, $first: Int) {\n    sessions(communityId: $communityId, from: $from, to: $to, mine: $mine, newestFirst: $newestFirst, first: $first) {\n      ...SessionCardFields\n    }\n  }\n": typeof types.SessionsDocument,
    "\n  query Session($id: ID!) {\n    session(id: $id) {\n      ...SessionDetailFields\n    }\n  }\n": typeof types.SessionDocument,
    "\n  query SessionIcs($id: ID!) {\n    sessionIcs(id: $id)\n  }\n": typeof types.SessionIcsDocument,
    "\n  query SessionMethods($communityId: ID) {\n    sessionMethods(communityId: $communityId) {\n      ...SessionMethodFields\n    }\n  }\n": typeof types.SessionMethodsDocument,
    "\n  query SessionPlanning {\n    communities(mine: true, first: 100) {\n      edges {\n        node {\n          id\n          slug\n          name\n          archivedAt\n          viewerCan {\n            moderate\n          }\n        }\n      }\n    }\n    researchThemes {\n      id\n      code\n      position\n      name\n    }\n  }\n": typeof types.SessionPlanningDocument,
    "\n  query SessionLinkOptions($communityId: ID!) {\n    cases(communityId: $communityId, first: 100) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n    communityKnowledge: knowledgeItems(communityId: $communityId, first: 200) {\n      id\n      title\n      type\n    }\n    siteKnowledge: knowledgeItems(siteWide: true, first: 200) {\n      id\n      title\n      type\n    }\n    instruments(communityId: $communityId) {\n      id\n      title\n      latestVersion\n    }\n  }\n": typeof types.SessionLinkOptionsDocument,
    "\n  query SessionCaseTitle($id: ID!) {\n    case(id: $id) {\n      id\n      title\n    }\n  }\n": typeof types.SessionCaseTitleDocument,
    "\n  query SessionKnowledgeTitle($id: ID!) {\n    knowledgeItem(id: $id) {\n      id\n      title\n    }\n  }\n": typeof types.SessionKnowledgeTitleDocument,
    "\n  query SessionInstrumentTitle($id: ID!) {\n    instrument(id: $id) {\n      id\n      title\n    }\n  }\n": typeof types.SessionInstrumentTitleDocument,
    "\n  query MyAttendedSessions {\n    me {\n      id\n      displayName\n    }\n    myAttendedSessions {\n      id\n      title\n      startsAt\n      endsAt\n      methodName\n      community {\n        id\n        name\n      }\n    }\n  }\n": typeof types.MyAttendedSessionsDocument,
    "\n  fragment SessionPollFields on SessionPoll {\n    id\n    stepKey\n    question\n    options\n    status\n    results {\n      seq\n      counts\n      total\n    }\n    viewerVote\n    createdAt\n  }\n": typeof types.SessionPollFieldsFragmentDoc,
    "\n  query SessionPolls($id: ID!) {\n    session(id: $id) {\n      id\n      polls {\n        ...SessionPollFields\n      }\n    }\n  }\n": typeof types.SessionPollsDocument,
    "\n  mutation StartSessionPoll($id: ID!, $question: String!, $options: [String!]!, $stepKey: String) {\n    startSessionPoll(id: $id, question: $question, options: $options, stepKey: $stepKey) {\n      ...SessionPollFields\n    }\n  }\n": typeof types.StartSessionPollDocument,
    "\n  mutation VoteSessionPoll($pollId: ID!, $option: Int!) {\n    voteSessionPoll(pollId: $pollId, option: $option) {\n      ...SessionPollFields\n    }\n  }\n": typeof types.VoteSessionPollDocument,
    "\n  mutation CloseSessionPoll($pollId: ID!) {\n    closeSessionPoll(pollId: $pollId) {\n      ...SessionPollFields\n    }\n  }\n": typeof types.CloseSessionPollDocument,
    "\n  mutation PlanSession($input: PlanSessionInput!) {\n    planSession(input: $input) {\n      ...SessionDetailFields\n    }\n  }\n": typeof types.PlanSessionDocument,
    "\n  mutation UpdateSession($id: ID!, $input: SessionInput!) {\n    updateSession(id: $id, input: $input) {\n      ...SessionDetailFields\n    }\n  }\n": typeof types.UpdateSessionDocument,
    "\n  mutation CancelSession($id: ID!) {\n    cancelSession(id: $id) {\n      ...SessionDetailFields\n    }\n  }\n": typeof types.CancelSessionDocument,
    "\n  mutation RsvpSession($id: ID!, $status: RsvpChoice!) {\n    rsvpSession(id: $id, status: $status) {\n      ...SessionDetailFields\n    }\n  }\n": typeof types.RsvpSessionDocument,
    "\n  mutation StartSession($id: ID!) {\n    startSession(id: $id) {\n      ...SessionDetailFields\n    }\n  }\n": typeof types.StartSessionDocument,
    "\n  mutation GoToSessionStep($id: ID!, $step: Int!, $expectedStateSeq: Int!) {\n    goToSessionStep(id: $id, step: $step, expectedStateSeq: $expectedStateSeq) {\n      id\n      status\n      currentStep\n      stepStartedAt\n      stateSeq\n    }\n  }\n": typeof types.GoToSessionStepDocument,
    "\n  mutation SaveSessionNote($id: ID!, $stepKey: String!, $body: String!, $baseRev: Int!) {\n    saveSessionNote(id: $id, stepKey: $stepKey, body: $body, baseRev: $baseRev) {\n      stepKey\n      body\n      rev\n    }\n  }\n": typeof types.SaveSessionNoteDocument,
    "\n  mutation CloseSession($id: ID!, $outcomes: String!) {\n    closeSession(id: $id, outcomes: $outcomes) {\n      ...SessionDetailFields\n    }\n  }\n": typeof types.CloseSessionDocument,
    "\n  mutation LinkSessionLesson($id: ID!, $knowledgeItemId: ID!) {\n    linkSessionLesson(id: $id, knowledgeItemId: $knowledgeItemId) {\n      id\n      lessonItemId\n    }\n  }\n": typeof types.LinkSessionLessonDocument,
    "\n  mutation CreateSessionMethod($communityId: ID!, $input: SessionMethodInput!) {\n    createSessionMethod(communityId: $communityId, input: $input) {\n      ...SessionMethodFields\n    }\n  }\n": typeof types.CreateSessionMethodDocument,
    "\n  mutation ResetCalendarFeed {\n    resetCalendarFeed\n  }\n": typeof types.ResetCalendarFeedDocument,
};
const documents: Documents = {
    "\n  fragment NotificationFields on Notification {\n    id\n    type\n    createdAt\n    readAt\n    title\n    body\n    link\n  }\n": types.NotificationFieldsFragmentDoc,
    "\n  query Notifications($first: Int, $after: String, $unreadOnly: Boolean) {\n    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      unreadCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...NotificationFields\n        }\n      }\n    }\n  }\n": types.NotificationsDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": types.UnreadNotificationCountDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n": types.MarkNotificationsReadDocument,
    "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n": types.MarkAllNotificationsReadDocument,
    "\n  query MyDataExport {\n    myDataExport\n  }\n": types.MyDataExportDocument,
    "\n  mutation DeleteAccount($password: String!) {\n    deleteAccount(password: $password)\n  }\n": types.DeleteAccountDocument,
    "\n  query DevMailbox($first: Int) {\n    devMailbox(first: $first) {\n      id\n      to\n      subject\n      text\n      createdAt\n      status\n    }\n  }\n": types.DevMailboxDocument,
    "\n  query NotificationPreferences {\n    notificationPreferences {\n      communityId\n      communityName\n      email\n    }\n  }\n": types.NotificationPreferencesDocument,
    "\n  mutation SetNotificationPreference($communityId: ID!, $email: EmailFrequency!) {\n    setNotificationPreference(communityId: $communityId, email: $email) {\n      communityId\n      communityName\n      email\n    }\n  }\n": types.SetNotificationPreferenceDocument,
    "\n  fragment CaseCardFields on Case {\n    id\n    title\n    status\n    authorLabel\n    authorHidden\n    responseCount\n    createdAt\n    resolvedAt\n    hidden\n    tags\n    community {\n      id\n      slug\n      name\n    }\n    collaborationForm {\n      id\n      code\n      name\n    }\n  }\n": types.CaseCardFieldsFragmentDoc,
    "\n  fragment CaseResponseFields on CaseResponse {\n    id\n    parentId\n    body\n    bodyHtml\n    createdAt\n    perspective\n    helpfulCount\n    viewerMarkedHelpful\n    isBest\n    hidden\n    hiddenReason\n    author {\n      ...PersonFields\n    }\n    viewerCan {\n      markHelpful\n      reply\n      report\n      hide\n    }\n  }\n": types.CaseResponseFieldsFragmentDoc,
    "\n  fragment CaseDetailFields on Case {\n    ...CaseCardFields\n    context\n    contextHtml\n    dilemma\n    dilemmaHtml\n    tried\n    triedHtml\n    lessonsLearned\n    lessonsLearnedHtml\n    allianceAspects\n    damourConcepts\n    bestResponseId\n    hiddenReason\n    updatedAt\n    author {\n      ...PersonFields\n    }\n    qualifications {\n      id\n      code\n      text\n    }\n    levels {\n      id\n      number\n      name\n    }\n    viewerCan {\n      edit\n      markBest\n      moderate\n      report\n      resolve\n      respond\n    }\n  }\n": types.CaseDetailFieldsFragmentDoc,
    "\n  query Cases(\n    $first: Int\n    $after: String\n    $communityId: ID\n    $collaborationForm: String\n    $qualification: String\n    $level: Int\n    $status: CaseStatus\n    $tag: String\n    $search: String\n  ) {\n    cases(\n      first: $first\n      after: $after\n      communityId: $communityId\n      collaborationForm: $collaborationForm\n      qualification: $qualification\n      level: $level\n      status: $status\n      tag: $tag\n      search: $search\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...CaseCardFields\n        }\n      }\n    }\n  }\n": types.CasesDocument,
    "\n  query CaseTaxonomy {\n    collaborationForms {\n      id\n      code\n      position\n      name\n    }\n    qualifications {\n      id\n      code\n      degree\n      number\n      text\n    }\n    levels {\n      id\n      number\n      name\n    }\n  }\n": types.CaseTaxonomyDocument,
    "\n  query MyCommunities {\n    communities(mine: true, first: 100) {\n      edges {\n        node {\n          id\n          slug\n          name\n          archivedAt\n          viewerCan {\n            post\n          }\n        }\n      }\n    }\n  }\n": types.MyCommunitiesDocument,
    "\n  query Case($id: ID!) {\n    case(id: $id) {\n      ...CaseDetailFields\n      responses {\n        ...CaseResponseFields\n        replies {\n          ...CaseResponseFields\n        }\n      }\n    }\n  }\n": types.CaseDocument,
    "\n  query CaseRevisions($id: ID!) {\n    case(id: $id) {\n      id\n      revisions {\n        id\n        createdAt\n        title\n        context\n        dilemma\n        tried\n        lessonsLearned\n      }\n    }\n  }\n": types.CaseRevisionsDocument,
    "\n  mutation CreateCase($input: CreateCaseInput!) {\n    createCase(input: $input) {\n      ...CaseDetailFields\n    }\n  }\n": types.CreateCaseDocument,
    "\n  mutation UpdateCase($id: ID!, $input: CaseContentInput!) {\n    updateCase(id: $id, input: $input) {\n      ...CaseDetailFields\n    }\n  }\n": types.UpdateCaseDocument,
    "\n  mutation ResolveCase($id: ID!, $lessonsLearned: String!, $privacyOverrides: [PrivacyOverrideInput!]) {\n    resolveCase(id: $id, lessonsLearned: $lessonsLearned, privacyOverrides: $privacyOverrides) {\n      ...CaseDetailFields\n    }\n  }\n": types.ResolveCaseDocument,
    "\n  mutation ReopenCase($id: ID!) {\n    reopenCase(id: $id) {\n      ...CaseDetailFields\n    }\n  }\n": types.ReopenCaseDocument,
    "\n  mutation RespondToCase($input: RespondInput!) {\n    respondToCase(input: $input) {\n      id\n      parentId\n      createdAt\n    }\n  }\n": types.RespondToCaseDocument,
    "\n  mutation MarkResponseHelpful($id: ID!, $helpful: Boolean!) {\n    markResponseHelpful(id: $id, helpful: $helpful) {\n      id\n      helpfulCount\n      viewerMarkedHelpful\n    }\n  }\n": types.MarkResponseHelpfulDocument,
    "\n  mutation SetBestResponse($caseId: ID!, $responseId: ID) {\n    setBestResponse(caseId: $caseId, responseId: $responseId) {\n      id\n      bestResponseId\n      responses {\n        id\n        isBest\n        replies {\n          id\n          isBest\n        }\n      }\n    }\n  }\n": types.SetBestResponseDocument,
    "\n  fragment PersonFields on Person {\n    id\n    displayName\n    role\n    organisation\n    level\n    isFormerMember\n  }\n": types.PersonFieldsFragmentDoc,
    "\n  fragment CommunityCardFields on Community {\n    id\n    slug\n    name\n    description\n    tags\n    visibility\n    joinPolicy\n    memberCount\n    viewerStatus\n    viewerRole\n    archivedAt\n    researchThemes {\n      id\n      code\n      name\n    }\n  }\n": types.CommunityCardFieldsFragmentDoc,
    "\n  fragment CommunityPermissionsFields on CommunityPermissions {\n    read\n    edit\n    archive\n    manageRoles\n    join\n    requestToJoin\n    leave\n    post\n    moderate\n    invite\n    createRequestLink\n    readMembers\n    readAuditLog\n    report\n  }\n": types.CommunityPermissionsFieldsFragmentDoc,
    "\n  fragment CommunityDetailFields on Community {\n    ...CommunityCardFields\n    descriptionHtml\n    guidelines\n    guidelinesHtml\n    createdAt\n    viewerCan {\n      ...CommunityPermissionsFields\n    }\n    viewerJoinRequest {\n      id\n      status\n    }\n  }\n": types.CommunityDetailFieldsFragmentDoc,
    "\n  fragment FeedItemFields on FeedItem {\n    id\n    type\n    createdAt\n    pinned\n    hidden\n    hiddenReason\n    actor {\n      ...PersonFields\n    }\n    post {\n      id\n      body\n      bodyHtml\n      createdAt\n      author {\n        ...PersonFields\n      }\n    }\n    case {\n      id\n      title\n    }\n    caseResponse {\n      id\n    }\n    instrumentVersion {\n      id\n      number\n      instrumentId\n      definition {\n        title\n      }\n    }\n    session {\n      id\n      title\n      startsAt\n      status\n    }\n    viewerCan {\n      pin\n      hide\n      report\n      delete\n    }\n  }\n": types.FeedItemFieldsFragmentDoc,
    "\n  query Communities($first: Int, $after: String, $search: String, $tag: String, $theme: String, $mine: Boolean) {\n    communities(first: $first, after: $after, search: $search, tag: $tag, theme: $theme, mine: $mine) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...CommunityCardFields\n        }\n      }\n    }\n  }\n": types.CommunitiesDocument,
    "\n  query ResearchThemes {\n    researchThemes {\n      id\n      code\n      position\n      name\n    }\n  }\n": types.ResearchThemesDocument,
    "\n  query Community($slug: String!) {\n    community(slug: $slug) {\n      ...CommunityDetailFields\n    }\n  }\n": types.CommunityDocument,
    "\n  query CommunityFeed($slug: String!, $first: Int, $after: String) {\n    community(slug: $slug) {\n      id\n      pinnedItems {\n        ...FeedItemFields\n      }\n      feed(first: $first, after: $after) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...FeedItemFields\n          }\n        }\n      }\n    }\n  }\n": types.CommunityFeedDocument,
    "\n  query CommunityMembers(\n    $slug: String!\n    $first: Int\n    $after: String\n    $search: String\n    $profileRole: ProfileRole\n    $communityRole: CommunityRole\n  ) {\n    community(slug: $slug) {\n      id\n      members(first: $first, after: $after, search: $search, profileRole: $profileRole, communityRole: $communityRole) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            role\n            joinedAt\n            person {\n              ...PersonFields\n            }\n            viewerCan {\n              setRole\n              remove\n              ban\n            }\n          }\n        }\n      }\n    }\n  }\n": types.CommunityMembersDocument,
    "\n  mutation CreateCommunity($input: CommunityInput!) {\n    createCommunity(input: $input) {\n      ...CommunityDetailFields\n    }\n  }\n": types.CreateCommunityDocument,
    "\n  mutation UpdateCommunity($id: ID!, $input: UpdateCommunityInput!) {\n    updateCommunity(id: $id, input: $input) {\n      ...CommunityDetailFields\n    }\n  }\n": types.UpdateCommunityDocument,
    "\n  mutation ArchiveCommunity($id: ID!) {\n    archiveCommunity(id: $id) {\n      ...CommunityDetailFields\n    }\n  }\n": types.ArchiveCommunityDocument,
    "\n  mutation UnarchiveCommunity($id: ID!) {\n    unarchiveCommunity(id: $id) {\n      ...CommunityDetailFields\n    }\n  }\n": types.UnarchiveCommunityDocument,
    "\n  mutation JoinCommunity($id: ID!) {\n    joinCommunity(id: $id) {\n      ...CommunityDetailFields\n    }\n  }\n": types.JoinCommunityDocument,
    "\n  mutation RequestToJoin($id: ID!, $message: String) {\n    requestToJoin(id: $id, message: $message) {\n      id\n      status\n    }\n  }\n": types.RequestToJoinDocument,
    "\n  mutation CancelJoinRequest($id: ID!) {\n    cancelJoinRequest(id: $id) {\n      id\n      status\n    }\n  }\n": types.CancelJoinRequestDocument,
    "\n  mutation LeaveCommunity($id: ID!) {\n    leaveCommunity(id: $id)\n  }\n": types.LeaveCommunityDocument,
    "\n  mutation CreatePost($communityId: ID!, $body: String!, $clientId: ID, $privacyOverrides: [PrivacyOverrideInput!]) {\n    createPost(communityId: $communityId, body: $body, clientId: $clientId, privacyOverrides: $privacyOverrides) {\n      ...FeedItemFields\n    }\n  }\n": types.CreatePostDocument,
    "\n  mutation DeletePost($id: ID!) {\n    deletePost(id: $id)\n  }\n": types.DeletePostDocument,
    "\n  mutation PinFeedItem($id: ID!) {\n    pinFeedItem(id: $id) {\n      ...FeedItemFields\n    }\n  }\n": types.PinFeedItemDocument,
    "\n  mutation UnpinFeedItem($id: ID!) {\n    unpinFeedItem(id: $id) {\n      ...FeedItemFields\n    }\n  }\n": types.UnpinFeedItemDocument,
    "\n  mutation ReportContent($type: ContentType!, $id: ID!, $reason: String!) {\n    reportContent(type: $type, id: $id, reason: $reason)\n  }\n": types.ReportContentDocument,
    "\n  mutation SetMemberRole($communityId: ID!, $userId: ID!, $role: CommunityRole!) {\n    setMemberRole(communityId: $communityId, userId: $userId, role: $role) {\n      role\n      joinedAt\n      person {\n        ...PersonFields\n      }\n    }\n  }\n": types.SetMemberRoleDocument,
    "\n  mutation RemoveMember($communityId: ID!, $userId: ID!, $reason: String) {\n    removeMember(communityId: $communityId, userId: $userId, reason: $reason)\n  }\n": types.RemoveMemberDocument,
    "\n  mutation BanMember($communityId: ID!, $userId: ID!, $reason: String!) {\n    banMember(communityId: $communityId, userId: $userId, reason: $reason) {\n      reason\n      createdAt\n    }\n  }\n": types.BanMemberDocument,
    "\n  fragment ThreadFields on Thread {\n    id\n    kind\n    subjectId\n    communityId\n    lastSeq\n    lastReadSeq\n    unreadCount\n    viewerCan {\n      post\n      moderate\n    }\n  }\n": types.ThreadFieldsFragmentDoc,
    "\n  fragment MessageFields on Message {\n    id\n    threadId\n    seq\n    eventSeq\n    clientId\n    body\n    bodyHtml\n    replyToId\n    mentionIds\n    createdAt\n    editedAt\n    deleted\n    hidden\n    author {\n      id\n      displayName\n      isFormerMember\n    }\n  }\n": types.MessageFieldsFragmentDoc,
    "\n  query Thread($kind: ThreadKind!, $subjectId: ID!) {\n    thread(kind: $kind, subjectId: $subjectId) {\n      ...ThreadFields\n    }\n  }\n": types.ThreadDocument,
    "\n  query ThreadMessages($threadId: ID!, $last: Int!, $beforeSeq: Int) {\n    threadMessages(threadId: $threadId, last: $last, beforeSeq: $beforeSeq) {\n      hasMore\n      threadSeq\n      nodes {\n        ...MessageFields\n      }\n    }\n  }\n": types.ThreadMessagesDocument,
    "\n  mutation EditMessage($input: EditMessageInput!) {\n    editMessage(input: $input) {\n      ...MessageFields\n    }\n  }\n": types.EditMessageDocument,
    "\n  mutation DeleteMessage($id: ID!) {\n    deleteMessage(id: $id) {\n      ...MessageFields\n    }\n  }\n": types.DeleteMessageDocument,
    "\n  mutation MarkThreadRead($threadId: ID!, $seq: Int!) {\n    markThreadRead(threadId: $threadId, seq: $seq)\n  }\n": types.MarkThreadReadDocument,
    "\n  query MentionCandidates($slug: String!, $search: String, $first: Int) {\n    community(slug: $slug) {\n      id\n      members(first: $first, search: $search) {\n        edges {\n          node {\n            person {\n              id\n              displayName\n              isFormerMember\n            }\n          }\n        }\n      }\n    }\n  }\n": types.MentionCandidatesDocument,
    "\n  fragment InstrumentCardFields on Instrument {\n    id\n    title\n    communityId\n    latestVersion\n    draftRev\n    trackCount\n    updatedAt\n    authors {\n      ...PersonFields\n    }\n    lineage {\n      instrumentId\n      title\n      versionNumber\n      communityName\n    }\n  }\n": types.InstrumentCardFieldsFragmentDoc,
    "\n  fragment InstrumentDefinitionFields on InstrumentDefinition {\n    title\n    purpose\n    purposeHtml\n    respondents\n    items {\n      id\n      type\n      text\n      help\n      points\n      labels\n      options {\n        id\n        label\n        score\n      }\n      reverse\n      subscaleId\n      required\n    }\n    subscales {\n      id\n      name\n      method\n    }\n    scoring {\n      total\n      splitSpread\n      thresholds {\n        id\n        scope\n        kind\n        value\n        label\n      }\n      referenceLines {\n        id\n        scope\n        value\n        label\n      }\n    }\n  }\n": types.InstrumentDefinitionFieldsFragmentDoc,
    "\n  fragment InstrumentCommentFields on InstrumentComment {\n    id\n    itemId\n    body\n    bodyHtml\n    createdAt\n    resolvedAt\n    author {\n      ...PersonFields\n    }\n  }\n": types.InstrumentCommentFieldsFragmentDoc,
    "\n  fragment InstrumentVersionSummaryFields on InstrumentVersion {\n    id\n    number\n    changelog\n    publishedAt\n    publishedBy {\n      ...PersonFields\n    }\n  }\n": types.InstrumentVersionSummaryFieldsFragmentDoc,
    "\n  fragment InstrumentDetailFields on Instrument {\n    ...InstrumentCardFields\n    createdAt\n    community {\n      id\n      slug\n      name\n    }\n    draft {\n      ...InstrumentDefinitionFields\n    }\n    draftParts {\n      part\n      rev\n      byName\n      at\n    }\n    comments {\n      ...InstrumentCommentFields\n    }\n    versions {\n      ...InstrumentVersionSummaryFields\n    }\n    permissions {\n      readDraft\n      edit\n      comment\n      track\n      analyse\n      fork\n    }\n  }\n": types.InstrumentDetailFieldsFragmentDoc,
    "\n  query CommunityInstruments($communityId: ID!) {\n    instruments(communityId: $communityId) {\n      ...InstrumentCardFields\n    }\n  }\n": types.CommunityInstrumentsDocument,
    "\n  query InstrumentDetail($id: ID!) {\n    instrument(id: $id) {\n      ...InstrumentDetailFields\n    }\n  }\n": types.InstrumentDetailDocument,
    "\n  query InstrumentVersionDetail($instrumentId: ID!, $number: Int!) {\n    instrumentVersion(instrumentId: $instrumentId, number: $number) {\n      ...InstrumentVersionSummaryFields\n      definition {\n        ...InstrumentDefinitionFields\n      }\n    }\n  }\n": types.InstrumentVersionDetailDocument,
    "\n  query InstrumentDiff($instrumentId: ID!, $from: Int!, $to: Int) {\n    instrumentDiff(instrumentId: $instrumentId, from: $from, to: $to) {\n      entity\n      kind\n      id\n      field\n      before\n      after\n      label\n    }\n  }\n": types.InstrumentDiffDocument,
    "\n  mutation CreateInstrument($communityId: ID!, $title: String!, $purpose: String!, $privacyOverrides: [PrivacyOverrideInput!]) {\n    createInstrument(communityId: $communityId, title: $title, purpose: $purpose, privacyOverrides: $privacyOverrides) {\n      ...InstrumentCardFields\n    }\n  }\n": types.CreateInstrumentDocument,
    "\n  mutation UpdateInstrumentMeta($id: ID!, $expectedRev: Int!, $input: InstrumentMetaInput!, $privacyOverrides: [PrivacyOverrideInput!]) {\n    updateInstrumentMeta(id: $id, expectedRev: $expectedRev, input: $input, privacyOverrides: $privacyOverrides) {\n      ...InstrumentDetailFields\n    }\n  }\n": types.UpdateInstrumentMetaDocument,
    "\n  mutation AddInstrumentItem($id: ID!, $type: InstrumentItemType!, $afterItemId: String) {\n    addInstrumentItem(id: $id, type: $type, afterItemId: $afterItemId) {\n      itemId\n      instrument {\n        ...InstrumentDetailFields\n      }\n    }\n  }\n": types.AddInstrumentItemDocument,
    "\n  mutation UpdateInstrumentItem($id: ID!, $itemId: String!, $expectedRev: Int!, $input: InstrumentItemInput!, $privacyOverrides: [PrivacyOverrideInput!]) {\n    updateInstrumentItem(id: $id, itemId: $itemId, expectedRev: $expectedRev, input: $input, privacyOverrides: $privacyOverrides) {\n      ...InstrumentDetailFields\n    }\n  }\n": types.UpdateInstrumentItemDocument,
    "\n  mutation RemoveInstrumentItem($id: ID!, $itemId: String!, $expectedRev: Int!) {\n    removeInstrumentItem(id: $id, itemId: $itemId, expectedRev: $expectedRev) {\n      ...InstrumentDetailFields\n    }\n  }\n": types.RemoveInstrumentItemDocument,
    "\n  mutation MoveInstrumentItem($id: ID!, $itemId: String!, $toIndex: Int!) {\n    moveInstrumentItem(id: $id, itemId: $itemId, toIndex: $toIndex) {\n      ...InstrumentDetailFields\n    }\n  }\n": types.MoveInstrumentItemDocument,
    "\n  mutation UpdateInstrumentScoring($id: ID!, $expectedRev: Int!, $input: ScoringInput!, $privacyOverrides: [PrivacyOverrideInput!]) {\n    updateInstrumentScoring(id: $id, expectedRev: $expectedRev, input: $input, privacyOverrides: $privacyOverrides) {\n      ...InstrumentDetailFields\n    }\n  }\n": types.UpdateInstrumentScoringDocument,
    "\n  mutation AddInstrumentAuthor($id: ID!, $userId: ID!) {\n    addInstrumentAuthor(id: $id, userId: $userId) {\n      ...InstrumentDetailFields\n    }\n  }\n": types.AddInstrumentAuthorDocument,
    "\n  mutation CommentOnInstrument($id: ID!, $itemId: String, $body: String!, $clientId: ID, $privacyOverrides: [PrivacyOverrideInput!]) {\n    commentOnInstrument(id: $id, itemId: $itemId, body: $body, clientId: $clientId, privacyOverrides: $privacyOverrides) {\n      ...InstrumentCommentFields\n    }\n  }\n": types.CommentOnInstrumentDocument,
    "\n  mutation ResolveInstrumentComment($id: ID!, $resolved: Boolean!) {\n    resolveInstrumentComment(id: $id, resolved: $resolved) {\n      ...InstrumentCommentFields\n    }\n  }\n": types.ResolveInstrumentCommentDocument,
    "\n  mutation PublishInstrument($id: ID!, $changelog: String!, $expectedDraftRev: Int!, $privacyOverrides: [PrivacyOverrideInput!]) {\n    publishInstrument(id: $id, changelog: $changelog, expectedDraftRev: $expectedDraftRev, privacyOverrides: $privacyOverrides) {\n      ...InstrumentVersionSummaryFields\n    }\n  }\n": types.PublishInstrumentDocument,
    "\n  mutation ForkInstrument($id: ID!, $communityId: ID!, $versionNumber: Int) {\n    forkInstrument(id: $id, communityId: $communityId, versionNumber: $versionNumber) {\n      ...InstrumentCardFields\n    }\n  }\n": types.ForkInstrumentDocument,
    "\n  fragment KnowledgeCardFields on KnowledgeItem {\n    id\n    type\n    title\n    summary\n    evidenceLevel\n    updatedAt\n    revision\n    citation {\n      authors\n      year\n      title\n    }\n    community {\n      id\n      slug\n      name\n    }\n    qualifications {\n      id\n      code\n      text\n    }\n    levels {\n      id\n      number\n      name\n    }\n  }\n": types.KnowledgeCardFieldsFragmentDoc,
    "\n  fragment KnowledgeDetailFields on KnowledgeItem {\n    id\n    type\n    title\n    summary\n    summaryHtml\n    evidenceLevel\n    communityId\n    createdAt\n    updatedAt\n    revision\n    canEdit\n    sourceCaseId\n    theoryThemes\n    tags\n    citation {\n      authors\n      year\n      title\n      container\n      volume\n      issue\n      pages\n      doi\n      url\n    }\n    finding {\n      studyDesign\n      sample\n      practiceImplications\n    }\n    community {\n      id\n      slug\n      name\n      visibility\n    }\n    author {\n      ...PersonFields\n    }\n    qualifications {\n      id\n      code\n      degree\n      text\n    }\n    levels {\n      id\n      number\n      name\n    }\n    collaborationForms {\n      id\n      code\n      name\n    }\n    researchThemes {\n      id\n      code\n      name\n    }\n    cases {\n      id\n      title\n    }\n    instruments {\n      id\n      title\n    }\n    revisions {\n      id\n      number\n      changeNote\n      createdAt\n      author {\n        ...PersonFields\n      }\n    }\n  }\n": types.KnowledgeDetailFieldsFragmentDoc,
    "\n  query KnowledgeItems(\n    $communityId: ID\n    $siteWide: Boolean\n    $type: KnowledgeType\n    $qualification: String\n    $level: Int\n    $collaborationForm: String\n    $theoryTheme: TheoryTheme\n    $researchTheme: String\n    $tag: String\n    $first: Int! = 100\n  ) {\n    knowledgeItems(\n      communityId: $communityId\n      siteWide: $siteWide\n      type: $type\n      qualification: $qualification\n      level: $level\n      collaborationForm: $collaborationForm\n      theoryTheme: $theoryTheme\n      researchTheme: $researchTheme\n      tag: $tag\n      first: $first\n    ) {\n      ...KnowledgeCardFields\n    }\n  }\n": types.KnowledgeItemsDocument,
    "\n  query KnowledgeItem($id: ID!) {\n    knowledgeItem(id: $id) {\n      ...KnowledgeDetailFields\n    }\n  }\n": types.KnowledgeItemDocument,
    "\n  query KnowledgeDiff($id: ID!, $from: Int!, $to: Int!) {\n    knowledgeDiff(id: $id, from: $from, to: $to) {\n      field\n      before\n      after\n    }\n  }\n": types.KnowledgeDiffDocument,
    "\n  query KnowledgeTaxonomy {\n    me {\n      id\n      level\n      isCurator\n    }\n    qualifications {\n      id\n      code\n      degree\n      number\n      text\n    }\n    levels {\n      id\n      number\n      name\n      description\n    }\n    collaborationForms {\n      id\n      code\n      position\n      name\n    }\n    researchThemes {\n      id\n      code\n      position\n      name\n    }\n    communities(mine: true, first: 100) {\n      edges {\n        node {\n          id\n          slug\n          name\n          archivedAt\n          viewerCan {\n            post\n          }\n        }\n      }\n    }\n  }\n": types.KnowledgeTaxonomyDocument,
    "\n  mutation CreateKnowledgeItem($input: CreateKnowledgeInput!) {\n    createKnowledgeItem(input: $input) {\n      ...KnowledgeDetailFields\n    }\n  }\n": types.CreateKnowledgeItemDocument,
    "\n  mutation UpdateKnowledgeItem($id: ID!, $expectedRevision: Int!, $changeNote: String!, $input: KnowledgeContentInput!) {\n    updateKnowledgeItem(id: $id, expectedRevision: $expectedRevision, changeNote: $changeNote, input: $input) {\n      ...KnowledgeDetailFields\n    }\n  }\n": types.UpdateKnowledgeItemDocument,
    "\n  query LearningLineMap {\n    me {\n      id\n      level\n      isCurator\n    }\n    learningLineMap {\n      qualificationCode\n      level\n      knowledgeCount\n      caseCount\n      instrumentCount\n      sessionCount\n      gap\n    }\n    qualifications {\n      id\n      code\n      degree\n      number\n      text\n    }\n    levels {\n      id\n      number\n      name\n      description\n    }\n  }\n": types.LearningLineMapDocument,
    "\n  query LearningLineMapCsv {\n    learningLineMapCsv\n  }\n": types.LearningLineMapCsvDocument,
    "\n  query ReadingPath($level: Int!) {\n    readingPath(level: $level) {\n      ...KnowledgeCardFields\n    }\n  }\n": types.ReadingPathDocument,
    "\n  query LearningLineTexts {\n    qualifications {\n      id\n      code\n      text\n    }\n    levels {\n      id\n      number\n      description\n    }\n  }\n": types.LearningLineTextsDocument,
    "\n  query LearningLineHistory($qualification: String, $level: Int) {\n    learningLineHistory(qualification: $qualification, level: $level) {\n      id\n      number\n      beforeNl\n      afterNl\n      beforeEn\n      afterEn\n      changeNote\n      createdAt\n      author {\n        ...PersonFields\n      }\n    }\n  }\n": types.LearningLineHistoryDocument,
    "\n  mutation EditQualification($code: String!, $input: LearningLineTextInput!) {\n    editQualification(code: $code, input: $input) {\n      id\n      code\n      degree\n      number\n      text\n    }\n  }\n": types.EditQualificationDocument,
    "\n  mutation EditLevel($number: Int!, $input: LearningLineTextInput!) {\n    editLevel(number: $number, input: $input) {\n      id\n      number\n      name\n      description\n    }\n  }\n": types.EditLevelDocument,
    "\n  fragment ContentPreviewFields on ContentPreview {\n    type\n    id\n    excerpt\n    hidden\n    hiddenReason\n    author {\n      ...PersonFields\n    }\n  }\n": types.ContentPreviewFieldsFragmentDoc,
    "\n  fragment InvitationFields on Invitation {\n    id\n    mode\n    email\n    expiresAt\n    createdAt\n    uses\n    revokedAt\n    createdBy {\n      ...PersonFields\n    }\n  }\n": types.InvitationFieldsFragmentDoc,
    "\n  query CommunityJoinRequests($slug: String!) {\n    community(slug: $slug) {\n      id\n      joinRequests {\n        id\n        status\n        message\n        createdAt\n        person {\n          ...PersonFields\n        }\n      }\n    }\n  }\n": types.CommunityJoinRequestsDocument,
    "\n  mutation DecideJoinRequest($id: ID!, $approve: Boolean!, $message: String) {\n    decideJoinRequest(id: $id, approve: $approve, message: $message) {\n      id\n      status\n      decisionMessage\n      decidedAt\n    }\n  }\n": types.DecideJoinRequestDocument,
    "\n  query CommunityReports($slug: String!, $status: ReportStatus, $first: Int, $after: String) {\n    community(slug: $slug) {\n      id\n      reports(status: $status, first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            id\n            status\n            reason\n            createdAt\n            reporter {\n              ...PersonFields\n            }\n            content {\n              ...ContentPreviewFields\n            }\n          }\n        }\n      }\n    }\n  }\n": types.CommunityReportsDocument,
    "\n  mutation HideContent($type: ContentType!, $id: ID!, $reason: String!) {\n    hideContent(type: $type, id: $id, reason: $reason) {\n      ...ContentPreviewFields\n    }\n  }\n": types.HideContentDocument,
    "\n  mutation RestoreContent($type: ContentType!, $id: ID!) {\n    restoreContent(type: $type, id: $id) {\n      ...ContentPreviewFields\n    }\n  }\n": types.RestoreContentDocument,
    "\n  mutation DismissReport($id: ID!) {\n    dismissReport(id: $id) {\n      id\n      status\n      resolvedAt\n    }\n  }\n": types.DismissReportDocument,
    "\n  query CommunityBans($slug: String!) {\n    community(slug: $slug) {\n      id\n      bans {\n        reason\n        createdAt\n        person {\n          ...PersonFields\n        }\n        bannedBy {\n          ...PersonFields\n        }\n      }\n    }\n  }\n": types.CommunityBansDocument,
    "\n  mutation UnbanMember($communityId: ID!, $userId: ID!) {\n    unbanMember(communityId: $communityId, userId: $userId)\n  }\n": types.UnbanMemberDocument,
    "\n  query CommunityInvitations($slug: String!) {\n    community(slug: $slug) {\n      id\n      invitations {\n        ...InvitationFields\n      }\n    }\n  }\n": types.CommunityInvitationsDocument,
    "\n  mutation CreateInvitation($communityId: ID!, $mode: InvitationMode, $email: String, $expiresInDays: Int) {\n    createInvitation(communityId: $communityId, mode: $mode, email: $email, expiresInDays: $expiresInDays) {\n      token\n      url\n      invitation {\n        ...InvitationFields\n      }\n    }\n  }\n": types.CreateInvitationDocument,
    "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      ...InvitationFields\n    }\n  }\n": types.RevokeInvitationDocument,
    "\n  query CommunityAuditLog($slug: String!, $first: Int, $after: String) {\n    community(slug: $slug) {\n      id\n      auditLog(first: $first, after: $after) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            id\n            action\n            createdAt\n            reason\n            summary\n            actor {\n              ...PersonFields\n            }\n            target {\n              ...PersonFields\n            }\n          }\n        }\n      }\n    }\n  }\n": types.CommunityAuditLogDocument,
    "\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) {\n      mode\n      expiresAt\n      communityName\n      communitySlug\n      communityDescriptionHtml\n      visibility\n      joinPolicy\n      viewerStatus\n    }\n  }\n": types.InvitationPreviewDocument,
    "\n  mutation AcceptInvitation($token: String!, $message: String) {\n    acceptInvitation(token: $token, message: $message) {\n      outcome\n      communitySlug\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  fragment MonitoringItemFields on InstrumentItem {\n    id\n    type\n    text\n    help\n    points\n    labels\n    required\n    options {\n      id\n      label\n    }\n  }\n": types.MonitoringItemFieldsFragmentDoc,
    "\n  fragment MonitoringTrackCardFields on MonitoringTrack {\n    id\n    caseCode\n    versionNumber\n    closedAt\n    createdAt\n    canWrite\n    respondents {\n      id\n      label\n      kind\n      position\n    }\n    chart {\n      sessions\n      signals {\n        kind\n        sessionNumber\n      }\n    }\n  }\n": types.MonitoringTrackCardFieldsFragmentDoc,
    "\n  fragment TrackChartFields on TrackChart {\n    scopes {\n      id\n      name\n    }\n    series {\n      respondentId\n      label\n      kind\n      points {\n        sessionNumber\n        sessionDate\n        scores {\n          scope\n          value\n        }\n      }\n    }\n    sessions\n    signals {\n      kind\n      scope\n      sessionNumber\n      respondentId\n      value\n      previous\n      spread\n      label\n      thresholdId\n    }\n    spreads {\n      sessionNumber\n      scope\n      spread\n      minRespondentId\n      minValue\n      maxRespondentId\n      maxValue\n      split\n    }\n    thresholds {\n      id\n      kind\n      label\n      scope\n      value\n    }\n    referenceLines {\n      id\n      label\n      scope\n      value\n    }\n    splitSpread\n  }\n": types.TrackChartFieldsFragmentDoc,
    "\n  fragment TrackResponseFields on InstrumentResponse {\n    id\n    respondentId\n    sessionNumber\n    sessionDate\n    source\n    total\n    createdAt\n    updatedAt\n    answers {\n      itemId\n      value\n      choice\n      text\n    }\n    scores {\n      scope\n      value\n    }\n  }\n": types.TrackResponseFieldsFragmentDoc,
    "\n  fragment RespondentLinkFields on RespondentLink {\n    id\n    respondentId\n    sessionNumber\n    status\n    expiresAt\n    usedAt\n    createdAt\n  }\n": types.RespondentLinkFieldsFragmentDoc,
    "\n  query MonitoringTracks($communityId: ID!, $instrumentId: ID) {\n    monitoringTracks(communityId: $communityId, instrumentId: $instrumentId) {\n      ...MonitoringTrackCardFields\n    }\n  }\n": types.MonitoringTracksDocument,
    "\n  query MonitoringTrack($id: ID!) {\n    monitoringTrack(id: $id) {\n      id\n      caseCode\n      notes\n      communityId\n      instrumentId\n      versionNumber\n      splitSpread\n      closedAt\n      createdAt\n      canWrite\n      createdBy {\n        id\n        displayName\n      }\n      instrument {\n        id\n        title\n        community {\n          id\n          slug\n          name\n        }\n      }\n      version {\n        id\n        number\n        definition {\n          title\n          items {\n            ...MonitoringItemFields\n          }\n        }\n      }\n      respondents {\n        id\n        label\n        kind\n        position\n      }\n      responses {\n        ...TrackResponseFields\n      }\n      chart {\n        ...TrackChartFields\n      }\n      links {\n        ...RespondentLinkFields\n      }\n    }\n  }\n": types.MonitoringTrackDocument,
    "\n  mutation CreateMonitoringTrack($input: CreateTrackInput!) {\n    createMonitoringTrack(input: $input) {\n      id\n      caseCode\n    }\n  }\n": types.CreateMonitoringTrackDocument,
    "\n  mutation AddTrackRespondent($trackId: ID!, $input: RespondentInput!, $privacyOverrides: [PrivacyOverrideInput!]) {\n    addTrackRespondent(trackId: $trackId, input: $input, privacyOverrides: $privacyOverrides) {\n      id\n      label\n      kind\n      position\n    }\n  }\n": types.AddTrackRespondentDocument,
    "\n  mutation CloseMonitoringTrack($id: ID!, $closed: Boolean!) {\n    closeMonitoringTrack(id: $id, closed: $closed) {\n      id\n      closedAt\n    }\n  }\n": types.CloseMonitoringTrackDocument,
    "\n  mutation RecordTrackResponse($input: RecordResponseInput!) {\n    recordResponse(input: $input) {\n      ...TrackResponseFields\n    }\n  }\n": types.RecordTrackResponseDocument,
    "\n  mutation UpdateTrackResponse($id: ID!, $answers: [AnswerInput!]!, $sessionDate: String, $privacyOverrides: [PrivacyOverrideInput!]) {\n    updateResponse(id: $id, answers: $answers, sessionDate: $sessionDate, privacyOverrides: $privacyOverrides) {\n      ...TrackResponseFields\n    }\n  }\n": types.UpdateTrackResponseDocument,
    "\n  mutation DeleteTrackResponse($id: ID!) {\n    deleteResponse(id: $id)\n  }\n": types.DeleteTrackResponseDocument,
    "\n  mutation CreateRespondentLink($input: CreateRespondentLinkInput!) {\n    createRespondentLink(input: $input) {\n      token\n      path\n      link {\n        ...RespondentLinkFields\n      }\n    }\n  }\n": types.CreateRespondentLinkDocument,
    "\n  mutation RevokeRespondentLink($id: ID!) {\n    revokeRespondentLink(id: $id) {\n      ...RespondentLinkFields\n    }\n  }\n": types.RevokeRespondentLinkDocument,
    "\n  query RespondentForm($token: String!) {\n    respondentForm(token: $token) {\n      status\n      instrumentTitle\n      respondentLabel\n      sessionNumber\n      expiresAt\n      items {\n        ...MonitoringItemFields\n      }\n    }\n  }\n": types.RespondentFormDocument,
    "\n  mutation SubmitRespondentForm($token: String!, $answers: [AnswerInput!]!) {\n    submitRespondentForm(token: $token, answers: $answers)\n  }\n": types.SubmitRespondentFormDocument,
    "\n  query InstrumentAggregate($instrumentId: ID!, $versionNumber: Int) {\n    instrumentAggregate(instrumentId: $instrumentId, versionNumber: $versionNumber) {\n      versionNumber\n      tracks\n      responses\n      scopes {\n        id\n        name\n      }\n      sessions {\n        sessionNumber\n        tracks\n        responses\n        scopes {\n          scope\n          n\n          mean\n          sd\n        }\n      }\n    }\n  }\n": types.InstrumentAggregateDocument,
    "\n  query InstrumentExportCsv($instrumentId: ID!, $versionNumber: Int) {\n    instrumentExportCsv(instrumentId: $instrumentId, versionNumber: $versionNumber)\n  }\n": types.InstrumentExportCsvDocument,
    "\n  fragment UserFields on User {\n    id\n    email\n    displayName\n    role\n    organisation\n    level\n    createdAt\n  }\n": types.UserFieldsFragmentDoc,
    "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      accessToken\n      user {\n        ...UserFields\n      }\n    }\n  }\n": types.RegisterDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      user {\n        ...UserFields\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation RefreshToken {\n    refreshToken {\n      accessToken\n      user {\n        ...UserFields\n      }\n    }\n  }\n": types.RefreshTokenDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": types.ChangePasswordDocument,
    "\n  query Me {\n    me {\n      ...UserFields\n    }\n  }\n": types.MeDocument,
    "\n  query Levels {\n    levels {\n      id\n      number\n      name\n      description\n    }\n  }\n": types.LevelsDocument,
    "\n  query LearningPath {\n    levels {\n      id\n      number\n      name\n      description\n    }\n    qualifications {\n      id\n      code\n      degree\n      number\n      text\n    }\n  }\n": types.LearningPathDocument,
    "\n  query Search($input: SearchInput!) {\n    search(input: $input) {\n      total\n      parts\n      tookMs\n      hits {\n        id\n        type\n        subjectId\n        link\n        communityId\n        communityName\n        label\n        titleHtml\n        snippetHtml\n        exact\n        createdAt\n      }\n      facets {\n        types {\n          value\n          label\n          count\n        }\n        communities {\n          value\n          label\n          count\n        }\n        qualifications {\n          value\n          label\n          count\n        }\n        levels {\n          value\n          label\n          count\n        }\n        collaborationForms {\n          value\n          label\n          count\n        }\n        tags {\n          value\n          label\n          count\n        }\n        years {\n          value\n          label\n          count\n        }\n      }\n    }\n  }\n": types.SearchDocument,
    "\n  fragment SessionStepFields on MethodStep {\n    key\n    title\n    actor\n    minutes\n    prompt\n    output\n  }\n": types.SessionStepFieldsFragmentDoc,
    "\n  fragment SessionCardFields on Session {\n    id\n    title\n    status\n    startsAt\n    endsAt\n    capacity\n    themeCode\n    themeText\n    location\n    onlineUrl\n    methodName\n    communityId\n    community {\n      id\n      slug\n      name\n    }\n    rsvpCounts {\n      going\n      maybe\n      waitlist\n    }\n    viewerRsvp {\n      status\n      waitlistPosition\n    }\n    viewerCan {\n      rsvp\n      participate\n      moderate\n    }\n  }\n": types.SessionCardFieldsFragmentDoc,
    "\n  fragment SessionDetailFields on Session {\n    ...SessionCardFields\n    description\n    createdAt\n    methodId\n    currentStep\n    stepStartedAt\n    stateSeq\n    steps {\n      ...SessionStepFields\n    }\n    caseIds\n    knowledgeIds\n    instrumentIds\n    outcomes\n    lessonItemId\n    threadId\n    notes {\n      stepKey\n      body\n      rev\n    }\n    attendees {\n      userId\n      displayName\n      firstSeenAt\n    }\n  }\n": types.SessionDetailFieldsFragmentDoc,
    "\n  fragment SessionMethodFields on SessionMethod {\n    id\n    code\n    communityId\n    name\n    summary\n    totalMinutes\n    steps {\n      ...SessionStepFields\n    }\n  }\n": types.SessionMethodFieldsFragmentDoc,
    "\n  query Sessions($communityId: ID, $from: DateTime, $to: DateTime, $mine: Boolean, $newestFirst: Boolean, $first: Int) {\n    sessions(communityId: $communityId, from: $from, to: $to, mine: $mine, newestFirst: $newestFirst, first: $first) {\n      ...SessionCardFields\n    }\n  }\n": types.SessionsDocument,
    "\n  query Session($id: ID!) {\n    session(id: $id) {\n      ...SessionDetailFields\n    }\n  }\n": types.SessionDocument,
    "\n  query SessionIcs($id: ID!) {\n    sessionIcs(id: $id)\n  }\n": types.SessionIcsDocument,
    "\n  query SessionMethods($communityId: ID) {\n    sessionMethods(communityId: $communityId) {\n      ...SessionMethodFields\n    }\n  }\n": types.SessionMethodsDocument,
    "\n  query SessionPlanning {\n    communities(mine: true, first: 100) {\n      edges {\n        node {\n          id\n          slug\n          name\n          archivedAt\n          viewerCan {\n            moderate\n          }\n        }\n      }\n    }\n    researchThemes {\n      id\n      code\n      position\n      name\n    }\n  }\n": types.SessionPlanningDocument,
    "\n  query SessionLinkOptions($communityId: ID!) {\n    cases(communityId: $communityId, first: 100) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n    communityKnowledge: knowledgeItems(communityId: $communityId, first: 200) {\n      id\n      title\n      type\n    }\n    siteKnowledge: knowledgeItems(siteWide: true, first: 200) {\n      id\n      title\n      type\n    }\n    instruments(communityId: $communityId) {\n      id\n      title\n      latestVersion\n    }\n  }\n": types.SessionLinkOptionsDocument,
    "\n  query SessionCaseTitle($id: ID!) {\n    case(id: $id) {\n      id\n      title\n    }\n  }\n": types.SessionCaseTitleDocument,
    "\n  query SessionKnowledgeTitle($id: ID!) {\n    knowledgeItem(id: $id) {\n      id\n      title\n    }\n  }\n": types.SessionKnowledgeTitleDocument,
    "\n  query SessionInstrumentTitle($id: ID!) {\n    instrument(id: $id) {\n      id\n      title\n    }\n  }\n": types.SessionInstrumentTitleDocument,
    "\n  query MyAttendedSessions {\n    me {\n      id\n      displayName\n    }\n    myAttendedSessions {\n      id\n      title\n      startsAt\n      endsAt\n      methodName\n      community {\n        id\n        name\n      }\n    }\n  }\n": types.MyAttendedSessionsDocument,
    "\n  fragment SessionPollFields on SessionPoll {\n    id\n    stepKey\n    question\n    options\n    status\n    results {\n      seq\n      counts\n      total\n    }\n    viewerVote\n    createdAt\n  }\n": types.SessionPollFieldsFragmentDoc,
    "\n  query SessionPolls($id: ID!) {\n    session(id: $id) {\n      id\n      polls {\n        ...SessionPollFields\n      }\n    }\n  }\n": types.SessionPollsDocument,
    "\n  mutation StartSessionPoll($id: ID!, $question: String!, $options: [String!]!, $stepKey: String) {\n    startSessionPoll(id: $id, question: $question, options: $options, stepKey: $stepKey) {\n      ...SessionPollFields\n    }\n  }\n": types.StartSessionPollDocument,
    "\n  mutation VoteSessionPoll($pollId: ID!, $option: Int!) {\n    voteSessionPoll(pollId: $pollId, option: $option) {\n      ...SessionPollFields\n    }\n  }\n": types.VoteSessionPollDocument,
    "\n  mutation CloseSessionPoll($pollId: ID!) {\n    closeSessionPoll(pollId: $pollId) {\n      ...SessionPollFields\n    }\n  }\n": types.CloseSessionPollDocument,
    "\n  mutation PlanSession($input: PlanSessionInput!) {\n    planSession(input: $input) {\n      ...SessionDetailFields\n    }\n  }\n": types.PlanSessionDocument,
    "\n  mutation UpdateSession($id: ID!, $input: SessionInput!) {\n    updateSession(id: $id, input: $input) {\n      ...SessionDetailFields\n    }\n  }\n": types.UpdateSessionDocument,
    "\n  mutation CancelSession($id: ID!) {\n    cancelSession(id: $id) {\n      ...SessionDetailFields\n    }\n  }\n": types.CancelSessionDocument,
    "\n  mutation RsvpSession($id: ID!, $status: RsvpChoice!) {\n    rsvpSession(id: $id, status: $status) {\n      ...SessionDetailFields\n    }\n  }\n": types.RsvpSessionDocument,
    "\n  mutation StartSession($id: ID!) {\n    startSession(id: $id) {\n      ...SessionDetailFields\n    }\n  }\n": types.StartSessionDocument,
    "\n  mutation GoToSessionStep($id: ID!, $step: Int!, $expectedStateSeq: Int!) {\n    goToSessionStep(id: $id, step: $step, expectedStateSeq: $expectedStateSeq) {\n      id\n      status\n      currentStep\n      stepStartedAt\n      stateSeq\n    }\n  }\n": types.GoToSessionStepDocument,
    "\n  mutation SaveSessionNote($id: ID!, $stepKey: String!, $body: String!, $baseRev: Int!) {\n    saveSessionNote(id: $id, stepKey: $stepKey, body: $body, baseRev: $baseRev) {\n      stepKey\n      body\n      rev\n    }\n  }\n": types.SaveSessionNoteDocument,
    "\n  mutation CloseSession($id: ID!, $outcomes: String!) {\n    closeSession(id: $id, outcomes: $outcomes) {\n      ...SessionDetailFields\n    }\n  }\n": types.CloseSessionDocument,
    "\n  mutation LinkSessionLesson($id: ID!, $knowledgeItemId: ID!) {\n    linkSessionLesson(id: $id, knowledgeItemId: $knowledgeItemId) {\n      id\n      lessonItemId\n    }\n  }\n": types.LinkSessionLessonDocument,
    "\n  mutation CreateSessionMethod($communityId: ID!, $input: SessionMethodInput!) {\n    createSessionMethod(communityId: $communityId, input: $input) {\n      ...SessionMethodFields\n    }\n  }\n": types.CreateSessionMethodDocument,
    "\n  mutation ResetCalendarFeed {\n    resetCalendarFeed\n  }\n": types.ResetCalendarFeedDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NotificationFields on Notification {\n    id\n    type\n    createdAt\n    readAt\n    title\n    body\n    link\n  }\n"): (typeof documents)["\n  fragment NotificationFields on Notification {\n    id\n    type\n    createdAt\n    readAt\n    title\n    body\n    link\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notifications($first: Int, $after: String, $unreadOnly: Boolean) {\n    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      unreadCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...NotificationFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Notifications($first: Int, $after: String, $unreadOnly: Boolean) {\n    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      unreadCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...NotificationFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"): (typeof documents)["\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n"): (typeof documents)["\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n"): (typeof documents)["\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyDataExport {\n    myDataExport\n  }\n"): (typeof documents)["\n  query MyDataExport {\n    myDataExport\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteAccount($password: String!) {\n    deleteAccount(password: $password)\n  }\n"): (typeof documents)["\n  mutation DeleteAccount($password: String!) {\n    deleteAccount(password: $password)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DevMailbox($first: Int) {\n    devMailbox(first: $first) {\n      id\n      to\n      subject\n      text\n      createdAt\n      status\n    }\n  }\n"): (typeof documents)["\n  query DevMailbox($first: Int) {\n    devMailbox(first: $first) {\n      id\n      to\n      subject\n      text\n      createdAt\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationPreferences {\n    notificationPreferences {\n      communityId\n      communityName\n      email\n    }\n  }\n"): (typeof documents)["\n  query NotificationPreferences {\n    notificationPreferences {\n      communityId\n      communityName\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetNotificationPreference($communityId: ID!, $email: EmailFrequency!) {\n    setNotificationPreference(communityId: $communityId, email: $email) {\n      communityId\n      communityName\n      email\n    }\n  }\n"): (typeof documents)["\n  mutation SetNotificationPreference($communityId: ID!, $email: EmailFrequency!) {\n    setNotificationPreference(communityId: $communityId, email: $email) {\n      communityId\n      communityName\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseCardFields on Case {\n    id\n    title\n    status\n    authorLabel\n    authorHidden\n    responseCount\n    createdAt\n    resolvedAt\n    hidden\n    tags\n    community {\n      id\n      slug\n      name\n    }\n    collaborationForm {\n      id\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment CaseCardFields on Case {\n    id\n    title\n    status\n    authorLabel\n    authorHidden\n    responseCount\n    createdAt\n    resolvedAt\n    hidden\n    tags\n    community {\n      id\n      slug\n      name\n    }\n    collaborationForm {\n      id\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseResponseFields on CaseResponse {\n    id\n    parentId\n    body\n    bodyHtml\n    createdAt\n    perspective\n    helpfulCount\n    viewerMarkedHelpful\n    isBest\n    hidden\n    hiddenReason\n    author {\n      ...PersonFields\n    }\n    viewerCan {\n      markHelpful\n      reply\n      report\n      hide\n    }\n  }\n"): (typeof documents)["\n  fragment CaseResponseFields on CaseResponse {\n    id\n    parentId\n    body\n    bodyHtml\n    createdAt\n    perspective\n    helpfulCount\n    viewerMarkedHelpful\n    isBest\n    hidden\n    hiddenReason\n    author {\n      ...PersonFields\n    }\n    viewerCan {\n      markHelpful\n      reply\n      report\n      hide\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseDetailFields on Case {\n    ...CaseCardFields\n    context\n    contextHtml\n    dilemma\n    dilemmaHtml\n    tried\n    triedHtml\n    lessonsLearned\n    lessonsLearnedHtml\n    allianceAspects\n    damourConcepts\n    bestResponseId\n    hiddenReason\n    updatedAt\n    author {\n      ...PersonFields\n    }\n    qualifications {\n      id\n      code\n      text\n    }\n    levels {\n      id\n      number\n      name\n    }\n    viewerCan {\n      edit\n      markBest\n      moderate\n      report\n      resolve\n      respond\n    }\n  }\n"): (typeof documents)["\n  fragment CaseDetailFields on Case {\n    ...CaseCardFields\n    context\n    contextHtml\n    dilemma\n    dilemmaHtml\n    tried\n    triedHtml\n    lessonsLearned\n    lessonsLearnedHtml\n    allianceAspects\n    damourConcepts\n    bestResponseId\n    hiddenReason\n    updatedAt\n    author {\n      ...PersonFields\n    }\n    qualifications {\n      id\n      code\n      text\n    }\n    levels {\n      id\n      number\n      name\n    }\n    viewerCan {\n      edit\n      markBest\n      moderate\n      report\n      resolve\n      respond\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Cases(\n    $first: Int\n    $after: String\n    $communityId: ID\n    $collaborationForm: String\n    $qualification: String\n    $level: Int\n    $status: CaseStatus\n    $tag: String\n    $search: String\n  ) {\n    cases(\n      first: $first\n      after: $after\n      communityId: $communityId\n      collaborationForm: $collaborationForm\n      qualification: $qualification\n      level: $level\n      status: $status\n      tag: $tag\n      search: $search\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...CaseCardFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Cases(\n    $first: Int\n    $after: String\n    $communityId: ID\n    $collaborationForm: String\n    $qualification: String\n    $level: Int\n    $status: CaseStatus\n    $tag: String\n    $search: String\n  ) {\n    cases(\n      first: $first\n      after: $after\n      communityId: $communityId\n      collaborationForm: $collaborationForm\n      qualification: $qualification\n      level: $level\n      status: $status\n      tag: $tag\n      search: $search\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...CaseCardFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseTaxonomy {\n    collaborationForms {\n      id\n      code\n      position\n      name\n    }\n    qualifications {\n      id\n      code\n      degree\n      number\n      text\n    }\n    levels {\n      id\n      number\n      name\n    }\n  }\n"): (typeof documents)["\n  query CaseTaxonomy {\n    collaborationForms {\n      id\n      code\n      position\n      name\n    }\n    qualifications {\n      id\n      code\n      degree\n      number\n      text\n    }\n    levels {\n      id\n      number\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyCommunities {\n    communities(mine: true, first: 100) {\n      edges {\n        node {\n          id\n          slug\n          name\n          archivedAt\n          viewerCan {\n            post\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyCommunities {\n    communities(mine: true, first: 100) {\n      edges {\n        node {\n          id\n          slug\n          name\n          archivedAt\n          viewerCan {\n            post\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Case($id: ID!) {\n    case(id: $id) {\n      ...CaseDetailFields\n      responses {\n        ...CaseResponseFields\n        replies {\n          ...CaseResponseFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Case($id: ID!) {\n    case(id: $id) {\n      ...CaseDetailFields\n      responses {\n        ...CaseResponseFields\n        replies {\n          ...CaseResponseFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseRevisions($id: ID!) {\n    case(id: $id) {\n      id\n      revisions {\n        id\n        createdAt\n        title\n        context\n        dilemma\n        tried\n        lessonsLearned\n      }\n    }\n  }\n"): (typeof documents)["\n  query CaseRevisions($id: ID!) {\n    case(id: $id) {\n      id\n      revisions {\n        id\n        createdAt\n        title\n        context\n        dilemma\n        tried\n        lessonsLearned\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCase($input: CreateCaseInput!) {\n    createCase(input: $input) {\n      ...CaseDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCase($input: CreateCaseInput!) {\n    createCase(input: $input) {\n      ...CaseDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCase($id: ID!, $input: CaseContentInput!) {\n    updateCase(id: $id, input: $input) {\n      ...CaseDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCase($id: ID!, $input: CaseContentInput!) {\n    updateCase(id: $id, input: $input) {\n      ...CaseDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResolveCase($id: ID!, $lessonsLearned: String!, $privacyOverrides: [PrivacyOverrideInput!]) {\n    resolveCase(id: $id, lessonsLearned: $lessonsLearned, privacyOverrides: $privacyOverrides) {\n      ...CaseDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation ResolveCase($id: ID!, $lessonsLearned: String!, $privacyOverrides: [PrivacyOverrideInput!]) {\n    resolveCase(id: $id, lessonsLearned: $lessonsLearned, privacyOverrides: $privacyOverrides) {\n      ...CaseDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReopenCase($id: ID!) {\n    reopenCase(id: $id) {\n      ...CaseDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReopenCase($id: ID!) {\n    reopenCase(id: $id) {\n      ...CaseDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RespondToCase($input: RespondInput!) {\n    respondToCase(input: $input) {\n      id\n      parentId\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  mutation RespondToCase($input: RespondInput!) {\n    respondToCase(input: $input) {\n      id\n      parentId\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkResponseHelpful($id: ID!, $helpful: Boolean!) {\n    markResponseHelpful(id: $id, helpful: $helpful) {\n      id\n      helpfulCount\n      viewerMarkedHelpful\n    }\n  }\n"): (typeof documents)["\n  mutation MarkResponseHelpful($id: ID!, $helpful: Boolean!) {\n    markResponseHelpful(id: $id, helpful: $helpful) {\n      id\n      helpfulCount\n      viewerMarkedHelpful\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetBestResponse($caseId: ID!, $responseId: ID) {\n    setBestResponse(caseId: $caseId, responseId: $responseId) {\n      id\n      bestResponseId\n      responses {\n        id\n        isBest\n        replies {\n          id\n          isBest\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetBestResponse($caseId: ID!, $responseId: ID) {\n    setBestResponse(caseId: $caseId, responseId: $responseId) {\n      id\n      bestResponseId\n      responses {\n        id\n        isBest\n        replies {\n          id\n          isBest\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PersonFields on Person {\n    id\n    displayName\n    role\n    organisation\n    level\n    isFormerMember\n  }\n"): (typeof documents)["\n  fragment PersonFields on Person {\n    id\n    displayName\n    role\n    organisation\n    level\n    isFormerMember\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommunityCardFields on Community {\n    id\n    slug\n    name\n    description\n    tags\n    visibility\n    joinPolicy\n    memberCount\n    viewerStatus\n    viewerRole\n    archivedAt\n    researchThemes {\n      id\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment CommunityCardFields on Community {\n    id\n    slug\n    name\n    description\n    tags\n    visibility\n    joinPolicy\n    memberCount\n    viewerStatus\n    viewerRole\n    archivedAt\n    researchThemes {\n      id\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommunityPermissionsFields on CommunityPermissions {\n    read\n    edit\n    archive\n    manageRoles\n    join\n    requestToJoin\n    leave\n    post\n    moderate\n    invite\n    createRequestLink\n    readMembers\n    readAuditLog\n    report\n  }\n"): (typeof documents)["\n  fragment CommunityPermissionsFields on CommunityPermissions {\n    read\n    edit\n    archive\n    manageRoles\n    join\n    requestToJoin\n    leave\n    post\n    moderate\n    invite\n    createRequestLink\n    readMembers\n    readAuditLog\n    report\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommunityDetailFields on Community {\n    ...CommunityCardFields\n    descriptionHtml\n    guidelines\n    guidelinesHtml\n    createdAt\n    viewerCan {\n      ...CommunityPermissionsFields\n    }\n    viewerJoinRequest {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  fragment CommunityDetailFields on Community {\n    ...CommunityCardFields\n    descriptionHtml\n    guidelines\n    guidelinesHtml\n    createdAt\n    viewerCan {\n      ...CommunityPermissionsFields\n    }\n    viewerJoinRequest {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FeedItemFields on FeedItem {\n    id\n    type\n    createdAt\n    pinned\n    hidden\n    hiddenReason\n    actor {\n      ...PersonFields\n    }\n    post {\n      id\n      body\n      bodyHtml\n      createdAt\n      author {\n        ...PersonFields\n      }\n    }\n    case {\n      id\n      title\n    }\n    caseResponse {\n      id\n    }\n    instrumentVersion {\n      id\n      number\n      instrumentId\n      definition {\n        title\n      }\n    }\n    session {\n      id\n      title\n      startsAt\n      status\n    }\n    viewerCan {\n      pin\n      hide\n      report\n      delete\n    }\n  }\n"): (typeof documents)["\n  fragment FeedItemFields on FeedItem {\n    id\n    type\n    createdAt\n    pinned\n    hidden\n    hiddenReason\n    actor {\n      ...PersonFields\n    }\n    post {\n      id\n      body\n      bodyHtml\n      createdAt\n      author {\n        ...PersonFields\n      }\n    }\n    case {\n      id\n      title\n    }\n    caseResponse {\n      id\n    }\n    instrumentVersion {\n      id\n      number\n      instrumentId\n      definition {\n        title\n      }\n    }\n    session {\n      id\n      title\n      startsAt\n      status\n    }\n    viewerCan {\n      pin\n      hide\n      report\n      delete\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Communities($first: Int, $after: String, $search: String, $tag: String, $theme: String, $mine: Boolean) {\n    communities(first: $first, after: $after, search: $search, tag: $tag, theme: $theme, mine: $mine) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...CommunityCardFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Communities($first: Int, $after: String, $search: String, $tag: String, $theme: String, $mine: Boolean) {\n    communities(first: $first, after: $after, search: $search, tag: $tag, theme: $theme, mine: $mine) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...CommunityCardFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResearchThemes {\n    researchThemes {\n      id\n      code\n      position\n      name\n    }\n  }\n"): (typeof documents)["\n  query ResearchThemes {\n    researchThemes {\n      id\n      code\n      position\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Community($slug: String!) {\n    community(slug: $slug) {\n      ...CommunityDetailFields\n    }\n  }\n"): (typeof documents)["\n  query Community($slug: String!) {\n    community(slug: $slug) {\n      ...CommunityDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommunityFeed($slug: String!, $first: Int, $after: String) {\n    community(slug: $slug) {\n      id\n      pinnedItems {\n        ...FeedItemFields\n      }\n      feed(first: $first, after: $after) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...FeedItemFields\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CommunityFeed($slug: String!, $first: Int, $after: String) {\n    community(slug: $slug) {\n      id\n      pinnedItems {\n        ...FeedItemFields\n      }\n      feed(first: $first, after: $after) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...FeedItemFields\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommunityMembers(\n    $slug: String!\n    $first: Int\n    $after: String\n    $search: String\n    $profileRole: ProfileRole\n    $communityRole: CommunityRole\n  ) {\n    community(slug: $slug) {\n      id\n      members(first: $first, after: $after, search: $search, profileRole: $profileRole, communityRole: $communityRole) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            role\n            joinedAt\n            person {\n              ...PersonFields\n            }\n            viewerCan {\n              setRole\n              remove\n              ban\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CommunityMembers(\n    $slug: String!\n    $first: Int\n    $after: String\n    $search: String\n    $profileRole: ProfileRole\n    $communityRole: CommunityRole\n  ) {\n    community(slug: $slug) {\n      id\n      members(first: $first, after: $after, search: $search, profileRole: $profileRole, communityRole: $communityRole) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            role\n            joinedAt\n            person {\n              ...PersonFields\n            }\n            viewerCan {\n              setRole\n              remove\n              ban\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCommunity($input: CommunityInput!) {\n    createCommunity(input: $input) {\n      ...CommunityDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCommunity($input: CommunityInput!) {\n    createCommunity(input: $input) {\n      ...CommunityDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCommunity($id: ID!, $input: UpdateCommunityInput!) {\n    updateCommunity(id: $id, input: $input) {\n      ...CommunityDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCommunity($id: ID!, $input: UpdateCommunityInput!) {\n    updateCommunity(id: $id, input: $input) {\n      ...CommunityDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveCommunity($id: ID!) {\n    archiveCommunity(id: $id) {\n      ...CommunityDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveCommunity($id: ID!) {\n    archiveCommunity(id: $id) {\n      ...CommunityDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnarchiveCommunity($id: ID!) {\n    unarchiveCommunity(id: $id) {\n      ...CommunityDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation UnarchiveCommunity($id: ID!) {\n    unarchiveCommunity(id: $id) {\n      ...CommunityDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JoinCommunity($id: ID!) {\n    joinCommunity(id: $id) {\n      ...CommunityDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation JoinCommunity($id: ID!) {\n    joinCommunity(id: $id) {\n      ...CommunityDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestToJoin($id: ID!, $message: String) {\n    requestToJoin(id: $id, message: $message) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation RequestToJoin($id: ID!, $message: String) {\n    requestToJoin(id: $id, message: $message) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelJoinRequest($id: ID!) {\n    cancelJoinRequest(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CancelJoinRequest($id: ID!) {\n    cancelJoinRequest(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LeaveCommunity($id: ID!) {\n    leaveCommunity(id: $id)\n  }\n"): (typeof documents)["\n  mutation LeaveCommunity($id: ID!) {\n    leaveCommunity(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePost($communityId: ID!, $body: String!, $clientId: ID, $privacyOverrides: [PrivacyOverrideInput!]) {\n    createPost(communityId: $communityId, body: $body, clientId: $clientId, privacyOverrides: $privacyOverrides) {\n      ...FeedItemFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePost($communityId: ID!, $body: String!, $clientId: ID, $privacyOverrides: [PrivacyOverrideInput!]) {\n    createPost(communityId: $communityId, body: $body, clientId: $clientId, privacyOverrides: $privacyOverrides) {\n      ...FeedItemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeletePost($id: ID!) {\n    deletePost(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeletePost($id: ID!) {\n    deletePost(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PinFeedItem($id: ID!) {\n    pinFeedItem(id: $id) {\n      ...FeedItemFields\n    }\n  }\n"): (typeof documents)["\n  mutation PinFeedItem($id: ID!) {\n    pinFeedItem(id: $id) {\n      ...FeedItemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnpinFeedItem($id: ID!) {\n    unpinFeedItem(id: $id) {\n      ...FeedItemFields\n    }\n  }\n"): (typeof documents)["\n  mutation UnpinFeedItem($id: ID!) {\n    unpinFeedItem(id: $id) {\n      ...FeedItemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportContent($type: ContentType!, $id: ID!, $reason: String!) {\n    reportContent(type: $type, id: $id, reason: $reason)\n  }\n"): (typeof documents)["\n  mutation ReportContent($type: ContentType!, $id: ID!, $reason: String!) {\n    reportContent(type: $type, id: $id, reason: $reason)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMemberRole($communityId: ID!, $userId: ID!, $role: CommunityRole!) {\n    setMemberRole(communityId: $communityId, userId: $userId, role: $role) {\n      role\n      joinedAt\n      person {\n        ...PersonFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetMemberRole($communityId: ID!, $userId: ID!, $role: CommunityRole!) {\n    setMemberRole(communityId: $communityId, userId: $userId, role: $role) {\n      role\n      joinedAt\n      person {\n        ...PersonFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveMember($communityId: ID!, $userId: ID!, $reason: String) {\n    removeMember(communityId: $communityId, userId: $userId, reason: $reason)\n  }\n"): (typeof documents)["\n  mutation RemoveMember($communityId: ID!, $userId: ID!, $reason: String) {\n    removeMember(communityId: $communityId, userId: $userId, reason: $reason)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BanMember($communityId: ID!, $userId: ID!, $reason: String!) {\n    banMember(communityId: $communityId, userId: $userId, reason: $reason) {\n      reason\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  mutation BanMember($communityId: ID!, $userId: ID!, $reason: String!) {\n    banMember(communityId: $communityId, userId: $userId, reason: $reason) {\n      reason\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ThreadFields on Thread {\n    id\n    kind\n    subjectId\n    communityId\n    lastSeq\n    lastReadSeq\n    unreadCount\n    viewerCan {\n      post\n      moderate\n    }\n  }\n"): (typeof documents)["\n  fragment ThreadFields on Thread {\n    id\n    kind\n    subjectId\n    communityId\n    lastSeq\n    lastReadSeq\n    unreadCount\n    viewerCan {\n      post\n      moderate\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MessageFields on Message {\n    id\n    threadId\n    seq\n    eventSeq\n    clientId\n    body\n    bodyHtml\n    replyToId\n    mentionIds\n    createdAt\n    editedAt\n    deleted\n    hidden\n    author {\n      id\n      displayName\n      isFormerMember\n    }\n  }\n"): (typeof documents)["\n  fragment MessageFields on Message {\n    id\n    threadId\n    seq\n    eventSeq\n    clientId\n    body\n    bodyHtml\n    replyToId\n    mentionIds\n    createdAt\n    editedAt\n    deleted\n    hidden\n    author {\n      id\n      displayName\n      isFormerMember\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Thread($kind: ThreadKind!, $subjectId: ID!) {\n    thread(kind: $kind, subjectId: $subjectId) {\n      ...ThreadFields\n    }\n  }\n"): (typeof documents)["\n  query Thread($kind: ThreadKind!, $subjectId: ID!) {\n    thread(kind: $kind, subjectId: $subjectId) {\n      ...ThreadFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ThreadMessages($threadId: ID!, $last: Int!, $beforeSeq: Int) {\n    threadMessages(threadId: $threadId, last: $last, beforeSeq: $beforeSeq) {\n      hasMore\n      threadSeq\n      nodes {\n        ...MessageFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query ThreadMessages($threadId: ID!, $last: Int!, $beforeSeq: Int) {\n    threadMessages(threadId: $threadId, last: $last, beforeSeq: $beforeSeq) {\n      hasMore\n      threadSeq\n      nodes {\n        ...MessageFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditMessage($input: EditMessageInput!) {\n    editMessage(input: $input) {\n      ...MessageFields\n    }\n  }\n"): (typeof documents)["\n  mutation EditMessage($input: EditMessageInput!) {\n    editMessage(input: $input) {\n      ...MessageFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteMessage($id: ID!) {\n    deleteMessage(id: $id) {\n      ...MessageFields\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteMessage($id: ID!) {\n    deleteMessage(id: $id) {\n      ...MessageFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkThreadRead($threadId: ID!, $seq: Int!) {\n    markThreadRead(threadId: $threadId, seq: $seq)\n  }\n"): (typeof documents)["\n  mutation MarkThreadRead($threadId: ID!, $seq: Int!) {\n    markThreadRead(threadId: $threadId, seq: $seq)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MentionCandidates($slug: String!, $search: String, $first: Int) {\n    community(slug: $slug) {\n      id\n      members(first: $first, search: $search) {\n        edges {\n          node {\n            person {\n              id\n              displayName\n              isFormerMember\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MentionCandidates($slug: String!, $search: String, $first: Int) {\n    community(slug: $slug) {\n      id\n      members(first: $first, search: $search) {\n        edges {\n          node {\n            person {\n              id\n              displayName\n              isFormerMember\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InstrumentCardFields on Instrument {\n    id\n    title\n    communityId\n    latestVersion\n    draftRev\n    trackCount\n    updatedAt\n    authors {\n      ...PersonFields\n    }\n    lineage {\n      instrumentId\n      title\n      versionNumber\n      communityName\n    }\n  }\n"): (typeof documents)["\n  fragment InstrumentCardFields on Instrument {\n    id\n    title\n    communityId\n    latestVersion\n    draftRev\n    trackCount\n    updatedAt\n    authors {\n      ...PersonFields\n    }\n    lineage {\n      instrumentId\n      title\n      versionNumber\n      communityName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InstrumentDefinitionFields on InstrumentDefinition {\n    title\n    purpose\n    purposeHtml\n    respondents\n    items {\n      id\n      type\n      text\n      help\n      points\n      labels\n      options {\n        id\n        label\n        score\n      }\n      reverse\n      subscaleId\n      required\n    }\n    subscales {\n      id\n      name\n      method\n    }\n    scoring {\n      total\n      splitSpread\n      thresholds {\n        id\n        scope\n        kind\n        value\n        label\n      }\n      referenceLines {\n        id\n        scope\n        value\n        label\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment InstrumentDefinitionFields on InstrumentDefinition {\n    title\n    purpose\n    purposeHtml\n    respondents\n    items {\n      id\n      type\n      text\n      help\n      points\n      labels\n      options {\n        id\n        label\n        score\n      }\n      reverse\n      subscaleId\n      required\n    }\n    subscales {\n      id\n      name\n      method\n    }\n    scoring {\n      total\n      splitSpread\n      thresholds {\n        id\n        scope\n        kind\n        value\n        label\n      }\n      referenceLines {\n        id\n        scope\n        value\n        label\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InstrumentCommentFields on InstrumentComment {\n    id\n    itemId\n    body\n    bodyHtml\n    createdAt\n    resolvedAt\n    author {\n      ...PersonFields\n    }\n  }\n"): (typeof documents)["\n  fragment InstrumentCommentFields on InstrumentComment {\n    id\n    itemId\n    body\n    bodyHtml\n    createdAt\n    resolvedAt\n    author {\n      ...PersonFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InstrumentVersionSummaryFields on InstrumentVersion {\n    id\n    number\n    changelog\n    publishedAt\n    publishedBy {\n      ...PersonFields\n    }\n  }\n"): (typeof documents)["\n  fragment InstrumentVersionSummaryFields on InstrumentVersion {\n    id\n    number\n    changelog\n    publishedAt\n    publishedBy {\n      ...PersonFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InstrumentDetailFields on Instrument {\n    ...InstrumentCardFields\n    createdAt\n    community {\n      id\n      slug\n      name\n    }\n    draft {\n      ...InstrumentDefinitionFields\n    }\n    draftParts {\n      part\n      rev\n      byName\n      at\n    }\n    comments {\n      ...InstrumentCommentFields\n    }\n    versions {\n      ...InstrumentVersionSummaryFields\n    }\n    permissions {\n      readDraft\n      edit\n      comment\n      track\n      analyse\n      fork\n    }\n  }\n"): (typeof documents)["\n  fragment InstrumentDetailFields on Instrument {\n    ...InstrumentCardFields\n    createdAt\n    community {\n      id\n      slug\n      name\n    }\n    draft {\n      ...InstrumentDefinitionFields\n    }\n    draftParts {\n      part\n      rev\n      byName\n      at\n    }\n    comments {\n      ...InstrumentCommentFields\n    }\n    versions {\n      ...InstrumentVersionSummaryFields\n    }\n    permissions {\n      readDraft\n      edit\n      comment\n      track\n      analyse\n      fork\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommunityInstruments($communityId: ID!) {\n    instruments(communityId: $communityId) {\n      ...InstrumentCardFields\n    }\n  }\n"): (typeof documents)["\n  query CommunityInstruments($communityId: ID!) {\n    instruments(communityId: $communityId) {\n      ...InstrumentCardFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InstrumentDetail($id: ID!) {\n    instrument(id: $id) {\n      ...InstrumentDetailFields\n    }\n  }\n"): (typeof documents)["\n  query InstrumentDetail($id: ID!) {\n    instrument(id: $id) {\n      ...InstrumentDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InstrumentVersionDetail($instrumentId: ID!, $number: Int!) {\n    instrumentVersion(instrumentId: $instrumentId, number: $number) {\n      ...InstrumentVersionSummaryFields\n      definition {\n        ...InstrumentDefinitionFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query InstrumentVersionDetail($instrumentId: ID!, $number: Int!) {\n    instrumentVersion(instrumentId: $instrumentId, number: $number) {\n      ...InstrumentVersionSummaryFields\n      definition {\n        ...InstrumentDefinitionFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InstrumentDiff($instrumentId: ID!, $from: Int!, $to: Int) {\n    instrumentDiff(instrumentId: $instrumentId, from: $from, to: $to) {\n      entity\n      kind\n      id\n      field\n      before\n      after\n      label\n    }\n  }\n"): (typeof documents)["\n  query InstrumentDiff($instrumentId: ID!, $from: Int!, $to: Int) {\n    instrumentDiff(instrumentId: $instrumentId, from: $from, to: $to) {\n      entity\n      kind\n      id\n      field\n      before\n      after\n      label\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateInstrument($communityId: ID!, $title: String!, $purpose: String!, $privacyOverrides: [PrivacyOverrideInput!]) {\n    createInstrument(communityId: $communityId, title: $title, purpose: $purpose, privacyOverrides: $privacyOverrides) {\n      ...InstrumentCardFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateInstrument($communityId: ID!, $title: String!, $purpose: String!, $privacyOverrides: [PrivacyOverrideInput!]) {\n    createInstrument(communityId: $communityId, title: $title, purpose: $purpose, privacyOverrides: $privacyOverrides) {\n      ...InstrumentCardFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateInstrumentMeta($id: ID!, $expectedRev: Int!, $input: InstrumentMetaInput!, $privacyOverrides: [PrivacyOverrideInput!]) {\n    updateInstrumentMeta(id: $id, expectedRev: $expectedRev, input: $input, privacyOverrides: $privacyOverrides) {\n      ...InstrumentDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateInstrumentMeta($id: ID!, $expectedRev: Int!, $input: InstrumentMetaInput!, $privacyOverrides: [PrivacyOverrideInput!]) {\n    updateInstrumentMeta(id: $id, expectedRev: $expectedRev, input: $input, privacyOverrides: $privacyOverrides) {\n      ...InstrumentDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddInstrumentItem($id: ID!, $type: InstrumentItemType!, $afterItemId: String) {\n    addInstrumentItem(id: $id, type: $type, afterItemId: $afterItemId) {\n      itemId\n      instrument {\n        ...InstrumentDetailFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AddInstrumentItem($id: ID!, $type: InstrumentItemType!, $afterItemId: String) {\n    addInstrumentItem(id: $id, type: $type, afterItemId: $afterItemId) {\n      itemId\n      instrument {\n        ...InstrumentDetailFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateInstrumentItem($id: ID!, $itemId: String!, $expectedRev: Int!, $input: InstrumentItemInput!, $privacyOverrides: [PrivacyOverrideInput!]) {\n    updateInstrumentItem(id: $id, itemId: $itemId, expectedRev: $expectedRev, input: $input, privacyOverrides: $privacyOverrides) {\n      ...InstrumentDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateInstrumentItem($id: ID!, $itemId: String!, $expectedRev: Int!, $input: InstrumentItemInput!, $privacyOverrides: [PrivacyOverrideInput!]) {\n    updateInstrumentItem(id: $id, itemId: $itemId, expectedRev: $expectedRev, input: $input, privacyOverrides: $privacyOverrides) {\n      ...InstrumentDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveInstrumentItem($id: ID!, $itemId: String!, $expectedRev: Int!) {\n    removeInstrumentItem(id: $id, itemId: $itemId, expectedRev: $expectedRev) {\n      ...InstrumentDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveInstrumentItem($id: ID!, $itemId: String!, $expectedRev: Int!) {\n    removeInstrumentItem(id: $id, itemId: $itemId, expectedRev: $expectedRev) {\n      ...InstrumentDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveInstrumentItem($id: ID!, $itemId: String!, $toIndex: Int!) {\n    moveInstrumentItem(id: $id, itemId: $itemId, toIndex: $toIndex) {\n      ...InstrumentDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation MoveInstrumentItem($id: ID!, $itemId: String!, $toIndex: Int!) {\n    moveInstrumentItem(id: $id, itemId: $itemId, toIndex: $toIndex) {\n      ...InstrumentDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateInstrumentScoring($id: ID!, $expectedRev: Int!, $input: ScoringInput!, $privacyOverrides: [PrivacyOverrideInput!]) {\n    updateInstrumentScoring(id: $id, expectedRev: $expectedRev, input: $input, privacyOverrides: $privacyOverrides) {\n      ...InstrumentDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateInstrumentScoring($id: ID!, $expectedRev: Int!, $input: ScoringInput!, $privacyOverrides: [PrivacyOverrideInput!]) {\n    updateInstrumentScoring(id: $id, expectedRev: $expectedRev, input: $input, privacyOverrides: $privacyOverrides) {\n      ...InstrumentDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddInstrumentAuthor($id: ID!, $userId: ID!) {\n    addInstrumentAuthor(id: $id, userId: $userId) {\n      ...InstrumentDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddInstrumentAuthor($id: ID!, $userId: ID!) {\n    addInstrumentAuthor(id: $id, userId: $userId) {\n      ...InstrumentDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommentOnInstrument($id: ID!, $itemId: String, $body: String!, $clientId: ID, $privacyOverrides: [PrivacyOverrideInput!]) {\n    commentOnInstrument(id: $id, itemId: $itemId, body: $body, clientId: $clientId, privacyOverrides: $privacyOverrides) {\n      ...InstrumentCommentFields\n    }\n  }\n"): (typeof documents)["\n  mutation CommentOnInstrument($id: ID!, $itemId: String, $body: String!, $clientId: ID, $privacyOverrides: [PrivacyOverrideInput!]) {\n    commentOnInstrument(id: $id, itemId: $itemId, body: $body, clientId: $clientId, privacyOverrides: $privacyOverrides) {\n      ...InstrumentCommentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResolveInstrumentComment($id: ID!, $resolved: Boolean!) {\n    resolveInstrumentComment(id: $id, resolved: $resolved) {\n      ...InstrumentCommentFields\n    }\n  }\n"): (typeof documents)["\n  mutation ResolveInstrumentComment($id: ID!, $resolved: Boolean!) {\n    resolveInstrumentComment(id: $id, resolved: $resolved) {\n      ...InstrumentCommentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishInstrument($id: ID!, $changelog: String!, $expectedDraftRev: Int!, $privacyOverrides: [PrivacyOverrideInput!]) {\n    publishInstrument(id: $id, changelog: $changelog, expectedDraftRev: $expectedDraftRev, privacyOverrides: $privacyOverrides) {\n      ...InstrumentVersionSummaryFields\n    }\n  }\n"): (typeof documents)["\n  mutation PublishInstrument($id: ID!, $changelog: String!, $expectedDraftRev: Int!, $privacyOverrides: [PrivacyOverrideInput!]) {\n    publishInstrument(id: $id, changelog: $changelog, expectedDraftRev: $expectedDraftRev, privacyOverrides: $privacyOverrides) {\n      ...InstrumentVersionSummaryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ForkInstrument($id: ID!, $communityId: ID!, $versionNumber: Int) {\n    forkInstrument(id: $id, communityId: $communityId, versionNumber: $versionNumber) {\n      ...InstrumentCardFields\n    }\n  }\n"): (typeof documents)["\n  mutation ForkInstrument($id: ID!, $communityId: ID!, $versionNumber: Int) {\n    forkInstrument(id: $id, communityId: $communityId, versionNumber: $versionNumber) {\n      ...InstrumentCardFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment KnowledgeCardFields on KnowledgeItem {\n    id\n    type\n    title\n    summary\n    evidenceLevel\n    updatedAt\n    revision\n    citation {\n      authors\n      year\n      title\n    }\n    community {\n      id\n      slug\n      name\n    }\n    qualifications {\n      id\n      code\n      text\n    }\n    levels {\n      id\n      number\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment KnowledgeCardFields on KnowledgeItem {\n    id\n    type\n    title\n    summary\n    evidenceLevel\n    updatedAt\n    revision\n    citation {\n      authors\n      year\n      title\n    }\n    community {\n      id\n      slug\n      name\n    }\n    qualifications {\n      id\n      code\n      text\n    }\n    levels {\n      id\n      number\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment KnowledgeDetailFields on KnowledgeItem {\n    id\n    type\n    title\n    summary\n    summaryHtml\n    evidenceLevel\n    communityId\n    createdAt\n    updatedAt\n    revision\n    canEdit\n    sourceCaseId\n    theoryThemes\n    tags\n    citation {\n      authors\n      year\n      title\n      container\n      volume\n      issue\n      pages\n      doi\n      url\n    }\n    finding {\n      studyDesign\n      sample\n      practiceImplications\n    }\n    community {\n      id\n      slug\n      name\n      visibility\n    }\n    author {\n      ...PersonFields\n    }\n    qualifications {\n      id\n      code\n      degree\n      text\n    }\n    levels {\n      id\n      number\n      name\n    }\n    collaborationForms {\n      id\n      code\n      name\n    }\n    researchThemes {\n      id\n      code\n      name\n    }\n    cases {\n      id\n      title\n    }\n    instruments {\n      id\n      title\n    }\n    revisions {\n      id\n      number\n      changeNote\n      createdAt\n      author {\n        ...PersonFields\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment KnowledgeDetailFields on KnowledgeItem {\n    id\n    type\n    title\n    summary\n    summaryHtml\n    evidenceLevel\n    communityId\n    createdAt\n    updatedAt\n    revision\n    canEdit\n    sourceCaseId\n    theoryThemes\n    tags\n    citation {\n      authors\n      year\n      title\n      container\n      volume\n      issue\n      pages\n      doi\n      url\n    }\n    finding {\n      studyDesign\n      sample\n      practiceImplications\n    }\n    community {\n      id\n      slug\n      name\n      visibility\n    }\n    author {\n      ...PersonFields\n    }\n    qualifications {\n      id\n      code\n      degree\n      text\n    }\n    levels {\n      id\n      number\n      name\n    }\n    collaborationForms {\n      id\n      code\n      name\n    }\n    researchThemes {\n      id\n      code\n      name\n    }\n    cases {\n      id\n      title\n    }\n    instruments {\n      id\n      title\n    }\n    revisions {\n      id\n      number\n      changeNote\n      createdAt\n      author {\n        ...PersonFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KnowledgeItems(\n    $communityId: ID\n    $siteWide: Boolean\n    $type: KnowledgeType\n    $qualification: String\n    $level: Int\n    $collaborationForm: String\n    $theoryTheme: TheoryTheme\n    $researchTheme: String\n    $tag: String\n    $first: Int! = 100\n  ) {\n    knowledgeItems(\n      communityId: $communityId\n      siteWide: $siteWide\n      type: $type\n      qualification: $qualification\n      level: $level\n      collaborationForm: $collaborationForm\n      theoryTheme: $theoryTheme\n      researchTheme: $researchTheme\n      tag: $tag\n      first: $first\n    ) {\n      ...KnowledgeCardFields\n    }\n  }\n"): (typeof documents)["\n  query KnowledgeItems(\n    $communityId: ID\n    $siteWide: Boolean\n    $type: KnowledgeType\n    $qualification: String\n    $level: Int\n    $collaborationForm: String\n    $theoryTheme: TheoryTheme\n    $researchTheme: String\n    $tag: String\n    $first: Int! = 100\n  ) {\n    knowledgeItems(\n      communityId: $communityId\n      siteWide: $siteWide\n      type: $type\n      qualification: $qualification\n      level: $level\n      collaborationForm: $collaborationForm\n      theoryTheme: $theoryTheme\n      researchTheme: $researchTheme\n      tag: $tag\n      first: $first\n    ) {\n      ...KnowledgeCardFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KnowledgeItem($id: ID!) {\n    knowledgeItem(id: $id) {\n      ...KnowledgeDetailFields\n    }\n  }\n"): (typeof documents)["\n  query KnowledgeItem($id: ID!) {\n    knowledgeItem(id: $id) {\n      ...KnowledgeDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KnowledgeDiff($id: ID!, $from: Int!, $to: Int!) {\n    knowledgeDiff(id: $id, from: $from, to: $to) {\n      field\n      before\n      after\n    }\n  }\n"): (typeof documents)["\n  query KnowledgeDiff($id: ID!, $from: Int!, $to: Int!) {\n    knowledgeDiff(id: $id, from: $from, to: $to) {\n      field\n      before\n      after\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KnowledgeTaxonomy {\n    me {\n      id\n      level\n      isCurator\n    }\n    qualifications {\n      id\n      code\n      degree\n      number\n      text\n    }\n    levels {\n      id\n      number\n      name\n      description\n    }\n    collaborationForms {\n      id\n      code\n      position\n      name\n    }\n    researchThemes {\n      id\n      code\n      position\n      name\n    }\n    communities(mine: true, first: 100) {\n      edges {\n        node {\n          id\n          slug\n          name\n          archivedAt\n          viewerCan {\n            post\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query KnowledgeTaxonomy {\n    me {\n      id\n      level\n      isCurator\n    }\n    qualifications {\n      id\n      code\n      degree\n      number\n      text\n    }\n    levels {\n      id\n      number\n      name\n      description\n    }\n    collaborationForms {\n      id\n      code\n      position\n      name\n    }\n    researchThemes {\n      id\n      code\n      position\n      name\n    }\n    communities(mine: true, first: 100) {\n      edges {\n        node {\n          id\n          slug\n          name\n          archivedAt\n          viewerCan {\n            post\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateKnowledgeItem($input: CreateKnowledgeInput!) {\n    createKnowledgeItem(input: $input) {\n      ...KnowledgeDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateKnowledgeItem($input: CreateKnowledgeInput!) {\n    createKnowledgeItem(input: $input) {\n      ...KnowledgeDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateKnowledgeItem($id: ID!, $expectedRevision: Int!, $changeNote: String!, $input: KnowledgeContentInput!) {\n    updateKnowledgeItem(id: $id, expectedRevision: $expectedRevision, changeNote: $changeNote, input: $input) {\n      ...KnowledgeDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateKnowledgeItem($id: ID!, $expectedRevision: Int!, $changeNote: String!, $input: KnowledgeContentInput!) {\n    updateKnowledgeItem(id: $id, expectedRevision: $expectedRevision, changeNote: $changeNote, input: $input) {\n      ...KnowledgeDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LearningLineMap {\n    me {\n      id\n      level\n      isCurator\n    }\n    learningLineMap {\n      qualificationCode\n      level\n      knowledgeCount\n      caseCount\n      instrumentCount\n      sessionCount\n      gap\n    }\n    qualifications {\n      id\n      code\n      degree\n      number\n      text\n    }\n    levels {\n      id\n      number\n      name\n      description\n    }\n  }\n"): (typeof documents)["\n  query LearningLineMap {\n    me {\n      id\n      level\n      isCurator\n    }\n    learningLineMap {\n      qualificationCode\n      level\n      knowledgeCount\n      caseCount\n      instrumentCount\n      sessionCount\n      gap\n    }\n    qualifications {\n      id\n      code\n      degree\n      number\n      text\n    }\n    levels {\n      id\n      number\n      name\n      description\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LearningLineMapCsv {\n    learningLineMapCsv\n  }\n"): (typeof documents)["\n  query LearningLineMapCsv {\n    learningLineMapCsv\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReadingPath($level: Int!) {\n    readingPath(level: $level) {\n      ...KnowledgeCardFields\n    }\n  }\n"): (typeof documents)["\n  query ReadingPath($level: Int!) {\n    readingPath(level: $level) {\n      ...KnowledgeCardFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LearningLineTexts {\n    qualifications {\n      id\n      code\n      text\n    }\n    levels {\n      id\n      number\n      description\n    }\n  }\n"): (typeof documents)["\n  query LearningLineTexts {\n    qualifications {\n      id\n      code\n      text\n    }\n    levels {\n      id\n      number\n      description\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LearningLineHistory($qualification: String, $level: Int) {\n    learningLineHistory(qualification: $qualification, level: $level) {\n      id\n      number\n      beforeNl\n      afterNl\n      beforeEn\n      afterEn\n      changeNote\n      createdAt\n      author {\n        ...PersonFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query LearningLineHistory($qualification: String, $level: Int) {\n    learningLineHistory(qualification: $qualification, level: $level) {\n      id\n      number\n      beforeNl\n      afterNl\n      beforeEn\n      afterEn\n      changeNote\n      createdAt\n      author {\n        ...PersonFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditQualification($code: String!, $input: LearningLineTextInput!) {\n    editQualification(code: $code, input: $input) {\n      id\n      code\n      degree\n      number\n      text\n    }\n  }\n"): (typeof documents)["\n  mutation EditQualification($code: String!, $input: LearningLineTextInput!) {\n    editQualification(code: $code, input: $input) {\n      id\n      code\n      degree\n      number\n      text\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditLevel($number: Int!, $input: LearningLineTextInput!) {\n    editLevel(number: $number, input: $input) {\n      id\n      number\n      name\n      description\n    }\n  }\n"): (typeof documents)["\n  mutation EditLevel($number: Int!, $input: LearningLineTextInput!) {\n    editLevel(number: $number, input: $input) {\n      id\n      number\n      name\n      description\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ContentPreviewFields on ContentPreview {\n    type\n    id\n    excerpt\n    hidden\n    hiddenReason\n    author {\n      ...PersonFields\n    }\n  }\n"): (typeof documents)["\n  fragment ContentPreviewFields on ContentPreview {\n    type\n    id\n    excerpt\n    hidden\n    hiddenReason\n    author {\n      ...PersonFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InvitationFields on Invitation {\n    id\n    mode\n    email\n    expiresAt\n    createdAt\n    uses\n    revokedAt\n    createdBy {\n      ...PersonFields\n    }\n  }\n"): (typeof documents)["\n  fragment InvitationFields on Invitation {\n    id\n    mode\n    email\n    expiresAt\n    createdAt\n    uses\n    revokedAt\n    createdBy {\n      ...PersonFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommunityJoinRequests($slug: String!) {\n    community(slug: $slug) {\n      id\n      joinRequests {\n        id\n        status\n        message\n        createdAt\n        person {\n          ...PersonFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CommunityJoinRequests($slug: String!) {\n    community(slug: $slug) {\n      id\n      joinRequests {\n        id\n        status\n        message\n        createdAt\n        person {\n          ...PersonFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideJoinRequest($id: ID!, $approve: Boolean!, $message: String) {\n    decideJoinRequest(id: $id, approve: $approve, message: $message) {\n      id\n      status\n      decisionMessage\n      decidedAt\n    }\n  }\n"): (typeof documents)["\n  mutation DecideJoinRequest($id: ID!, $approve: Boolean!, $message: String) {\n    decideJoinRequest(id: $id, approve: $approve, message: $message) {\n      id\n      status\n      decisionMessage\n      decidedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommunityReports($slug: String!, $status: ReportStatus, $first: Int, $after: String) {\n    community(slug: $slug) {\n      id\n      reports(status: $status, first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            id\n            status\n            reason\n            createdAt\n            reporter {\n              ...PersonFields\n            }\n            content {\n              ...ContentPreviewFields\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CommunityReports($slug: String!, $status: ReportStatus, $first: Int, $after: String) {\n    community(slug: $slug) {\n      id\n      reports(status: $status, first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            id\n            status\n            reason\n            createdAt\n            reporter {\n              ...PersonFields\n            }\n            content {\n              ...ContentPreviewFields\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HideContent($type: ContentType!, $id: ID!, $reason: String!) {\n    hideContent(type: $type, id: $id, reason: $reason) {\n      ...ContentPreviewFields\n    }\n  }\n"): (typeof documents)["\n  mutation HideContent($type: ContentType!, $id: ID!, $reason: String!) {\n    hideContent(type: $type, id: $id, reason: $reason) {\n      ...ContentPreviewFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreContent($type: ContentType!, $id: ID!) {\n    restoreContent(type: $type, id: $id) {\n      ...ContentPreviewFields\n    }\n  }\n"): (typeof documents)["\n  mutation RestoreContent($type: ContentType!, $id: ID!) {\n    restoreContent(type: $type, id: $id) {\n      ...ContentPreviewFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DismissReport($id: ID!) {\n    dismissReport(id: $id) {\n      id\n      status\n      resolvedAt\n    }\n  }\n"): (typeof documents)["\n  mutation DismissReport($id: ID!) {\n    dismissReport(id: $id) {\n      id\n      status\n      resolvedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommunityBans($slug: String!) {\n    community(slug: $slug) {\n      id\n      bans {\n        reason\n        createdAt\n        person {\n          ...PersonFields\n        }\n        bannedBy {\n          ...PersonFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CommunityBans($slug: String!) {\n    community(slug: $slug) {\n      id\n      bans {\n        reason\n        createdAt\n        person {\n          ...PersonFields\n        }\n        bannedBy {\n          ...PersonFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnbanMember($communityId: ID!, $userId: ID!) {\n    unbanMember(communityId: $communityId, userId: $userId)\n  }\n"): (typeof documents)["\n  mutation UnbanMember($communityId: ID!, $userId: ID!) {\n    unbanMember(communityId: $communityId, userId: $userId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommunityInvitations($slug: String!) {\n    community(slug: $slug) {\n      id\n      invitations {\n        ...InvitationFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query CommunityInvitations($slug: String!) {\n    community(slug: $slug) {\n      id\n      invitations {\n        ...InvitationFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateInvitation($communityId: ID!, $mode: InvitationMode, $email: String, $expiresInDays: Int) {\n    createInvitation(communityId: $communityId, mode: $mode, email: $email, expiresInDays: $expiresInDays) {\n      token\n      url\n      invitation {\n        ...InvitationFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateInvitation($communityId: ID!, $mode: InvitationMode, $email: String, $expiresInDays: Int) {\n    createInvitation(communityId: $communityId, mode: $mode, email: $email, expiresInDays: $expiresInDays) {\n      token\n      url\n      invitation {\n        ...InvitationFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      ...InvitationFields\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      ...InvitationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommunityAuditLog($slug: String!, $first: Int, $after: String) {\n    community(slug: $slug) {\n      id\n      auditLog(first: $first, after: $after) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            id\n            action\n            createdAt\n            reason\n            summary\n            actor {\n              ...PersonFields\n            }\n            target {\n              ...PersonFields\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CommunityAuditLog($slug: String!, $first: Int, $after: String) {\n    community(slug: $slug) {\n      id\n      auditLog(first: $first, after: $after) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            id\n            action\n            createdAt\n            reason\n            summary\n            actor {\n              ...PersonFields\n            }\n            target {\n              ...PersonFields\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) {\n      mode\n      expiresAt\n      communityName\n      communitySlug\n      communityDescriptionHtml\n      visibility\n      joinPolicy\n      viewerStatus\n    }\n  }\n"): (typeof documents)["\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) {\n      mode\n      expiresAt\n      communityName\n      communitySlug\n      communityDescriptionHtml\n      visibility\n      joinPolicy\n      viewerStatus\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($token: String!, $message: String) {\n    acceptInvitation(token: $token, message: $message) {\n      outcome\n      communitySlug\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptInvitation($token: String!, $message: String) {\n    acceptInvitation(token: $token, message: $message) {\n      outcome\n      communitySlug\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MonitoringItemFields on InstrumentItem {\n    id\n    type\n    text\n    help\n    points\n    labels\n    required\n    options {\n      id\n      label\n    }\n  }\n"): (typeof documents)["\n  fragment MonitoringItemFields on InstrumentItem {\n    id\n    type\n    text\n    help\n    points\n    labels\n    required\n    options {\n      id\n      label\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MonitoringTrackCardFields on MonitoringTrack {\n    id\n    caseCode\n    versionNumber\n    closedAt\n    createdAt\n    canWrite\n    respondents {\n      id\n      label\n      kind\n      position\n    }\n    chart {\n      sessions\n      signals {\n        kind\n        sessionNumber\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment MonitoringTrackCardFields on MonitoringTrack {\n    id\n    caseCode\n    versionNumber\n    closedAt\n    createdAt\n    canWrite\n    respondents {\n      id\n      label\n      kind\n      position\n    }\n    chart {\n      sessions\n      signals {\n        kind\n        sessionNumber\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TrackChartFields on TrackChart {\n    scopes {\n      id\n      name\n    }\n    series {\n      respondentId\n      label\n      kind\n      points {\n        sessionNumber\n        sessionDate\n        scores {\n          scope\n          value\n        }\n      }\n    }\n    sessions\n    signals {\n      kind\n      scope\n      sessionNumber\n      respondentId\n      value\n      previous\n      spread\n      label\n      thresholdId\n    }\n    spreads {\n      sessionNumber\n      scope\n      spread\n      minRespondentId\n      minValue\n      maxRespondentId\n      maxValue\n      split\n    }\n    thresholds {\n      id\n      kind\n      label\n      scope\n      value\n    }\n    referenceLines {\n      id\n      label\n      scope\n      value\n    }\n    splitSpread\n  }\n"): (typeof documents)["\n  fragment TrackChartFields on TrackChart {\n    scopes {\n      id\n      name\n    }\n    series {\n      respondentId\n      label\n      kind\n      points {\n        sessionNumber\n        sessionDate\n        scores {\n          scope\n          value\n        }\n      }\n    }\n    sessions\n    signals {\n      kind\n      scope\n      sessionNumber\n      respondentId\n      value\n      previous\n      spread\n      label\n      thresholdId\n    }\n    spreads {\n      sessionNumber\n      scope\n      spread\n      minRespondentId\n      minValue\n      maxRespondentId\n      maxValue\n      split\n    }\n    thresholds {\n      id\n      kind\n      label\n      scope\n      value\n    }\n    referenceLines {\n      id\n      label\n      scope\n      value\n    }\n    splitSpread\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TrackResponseFields on InstrumentResponse {\n    id\n    respondentId\n    sessionNumber\n    sessionDate\n    source\n    total\n    createdAt\n    updatedAt\n    answers {\n      itemId\n      value\n      choice\n      text\n    }\n    scores {\n      scope\n      value\n    }\n  }\n"): (typeof documents)["\n  fragment TrackResponseFields on InstrumentResponse {\n    id\n    respondentId\n    sessionNumber\n    sessionDate\n    source\n    total\n    createdAt\n    updatedAt\n    answers {\n      itemId\n      value\n      choice\n      text\n    }\n    scores {\n      scope\n      value\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RespondentLinkFields on RespondentLink {\n    id\n    respondentId\n    sessionNumber\n    status\n    expiresAt\n    usedAt\n    createdAt\n  }\n"): (typeof documents)["\n  fragment RespondentLinkFields on RespondentLink {\n    id\n    respondentId\n    sessionNumber\n    status\n    expiresAt\n    usedAt\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MonitoringTracks($communityId: ID!, $instrumentId: ID) {\n    monitoringTracks(communityId: $communityId, instrumentId: $instrumentId) {\n      ...MonitoringTrackCardFields\n    }\n  }\n"): (typeof documents)["\n  query MonitoringTracks($communityId: ID!, $instrumentId: ID) {\n    monitoringTracks(communityId: $communityId, instrumentId: $instrumentId) {\n      ...MonitoringTrackCardFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MonitoringTrack($id: ID!) {\n    monitoringTrack(id: $id) {\n      id\n      caseCode\n      notes\n      communityId\n      instrumentId\n      versionNumber\n      splitSpread\n      closedAt\n      createdAt\n      canWrite\n      createdBy {\n        id\n        displayName\n      }\n      instrument {\n        id\n        title\n        community {\n          id\n          slug\n          name\n        }\n      }\n      version {\n        id\n        number\n        definition {\n          title\n          items {\n            ...MonitoringItemFields\n          }\n        }\n      }\n      respondents {\n        id\n        label\n        kind\n        position\n      }\n      responses {\n        ...TrackResponseFields\n      }\n      chart {\n        ...TrackChartFields\n      }\n      links {\n        ...RespondentLinkFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query MonitoringTrack($id: ID!) {\n    monitoringTrack(id: $id) {\n      id\n      caseCode\n      notes\n      communityId\n      instrumentId\n      versionNumber\n      splitSpread\n      closedAt\n      createdAt\n      canWrite\n      createdBy {\n        id\n        displayName\n      }\n      instrument {\n        id\n        title\n        community {\n          id\n          slug\n          name\n        }\n      }\n      version {\n        id\n        number\n        definition {\n          title\n          items {\n            ...MonitoringItemFields\n          }\n        }\n      }\n      respondents {\n        id\n        label\n        kind\n        position\n      }\n      responses {\n        ...TrackResponseFields\n      }\n      chart {\n        ...TrackChartFields\n      }\n      links {\n        ...RespondentLinkFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateMonitoringTrack($input: CreateTrackInput!) {\n    createMonitoringTrack(input: $input) {\n      id\n      caseCode\n    }\n  }\n"): (typeof documents)["\n  mutation CreateMonitoringTrack($input: CreateTrackInput!) {\n    createMonitoringTrack(input: $input) {\n      id\n      caseCode\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddTrackRespondent($trackId: ID!, $input: RespondentInput!, $privacyOverrides: [PrivacyOverrideInput!]) {\n    addTrackRespondent(trackId: $trackId, input: $input, privacyOverrides: $privacyOverrides) {\n      id\n      label\n      kind\n      position\n    }\n  }\n"): (typeof documents)["\n  mutation AddTrackRespondent($trackId: ID!, $input: RespondentInput!, $privacyOverrides: [PrivacyOverrideInput!]) {\n    addTrackRespondent(trackId: $trackId, input: $input, privacyOverrides: $privacyOverrides) {\n      id\n      label\n      kind\n      position\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseMonitoringTrack($id: ID!, $closed: Boolean!) {\n    closeMonitoringTrack(id: $id, closed: $closed) {\n      id\n      closedAt\n    }\n  }\n"): (typeof documents)["\n  mutation CloseMonitoringTrack($id: ID!, $closed: Boolean!) {\n    closeMonitoringTrack(id: $id, closed: $closed) {\n      id\n      closedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordTrackResponse($input: RecordResponseInput!) {\n    recordResponse(input: $input) {\n      ...TrackResponseFields\n    }\n  }\n"): (typeof documents)["\n  mutation RecordTrackResponse($input: RecordResponseInput!) {\n    recordResponse(input: $input) {\n      ...TrackResponseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTrackResponse($id: ID!, $answers: [AnswerInput!]!, $sessionDate: String, $privacyOverrides: [PrivacyOverrideInput!]) {\n    updateResponse(id: $id, answers: $answers, sessionDate: $sessionDate, privacyOverrides: $privacyOverrides) {\n      ...TrackResponseFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateTrackResponse($id: ID!, $answers: [AnswerInput!]!, $sessionDate: String, $privacyOverrides: [PrivacyOverrideInput!]) {\n    updateResponse(id: $id, answers: $answers, sessionDate: $sessionDate, privacyOverrides: $privacyOverrides) {\n      ...TrackResponseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteTrackResponse($id: ID!) {\n    deleteResponse(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteTrackResponse($id: ID!) {\n    deleteResponse(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateRespondentLink($input: CreateRespondentLinkInput!) {\n    createRespondentLink(input: $input) {\n      token\n      path\n      link {\n        ...RespondentLinkFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateRespondentLink($input: CreateRespondentLinkInput!) {\n    createRespondentLink(input: $input) {\n      token\n      path\n      link {\n        ...RespondentLinkFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeRespondentLink($id: ID!) {\n    revokeRespondentLink(id: $id) {\n      ...RespondentLinkFields\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeRespondentLink($id: ID!) {\n    revokeRespondentLink(id: $id) {\n      ...RespondentLinkFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RespondentForm($token: String!) {\n    respondentForm(token: $token) {\n      status\n      instrumentTitle\n      respondentLabel\n      sessionNumber\n      expiresAt\n      items {\n        ...MonitoringItemFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query RespondentForm($token: String!) {\n    respondentForm(token: $token) {\n      status\n      instrumentTitle\n      respondentLabel\n      sessionNumber\n      expiresAt\n      items {\n        ...MonitoringItemFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitRespondentForm($token: String!, $answers: [AnswerInput!]!) {\n    submitRespondentForm(token: $token, answers: $answers)\n  }\n"): (typeof documents)["\n  mutation SubmitRespondentForm($token: String!, $answers: [AnswerInput!]!) {\n    submitRespondentForm(token: $token, answers: $answers)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InstrumentAggregate($instrumentId: ID!, $versionNumber: Int) {\n    instrumentAggregate(instrumentId: $instrumentId, versionNumber: $versionNumber) {\n      versionNumber\n      tracks\n      responses\n      scopes {\n        id\n        name\n      }\n      sessions {\n        sessionNumber\n        tracks\n        responses\n        scopes {\n          scope\n          n\n          mean\n          sd\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query InstrumentAggregate($instrumentId: ID!, $versionNumber: Int) {\n    instrumentAggregate(instrumentId: $instrumentId, versionNumber: $versionNumber) {\n      versionNumber\n      tracks\n      responses\n      scopes {\n        id\n        name\n      }\n      sessions {\n        sessionNumber\n        tracks\n        responses\n        scopes {\n          scope\n          n\n          mean\n          sd\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InstrumentExportCsv($instrumentId: ID!, $versionNumber: Int) {\n    instrumentExportCsv(instrumentId: $instrumentId, versionNumber: $versionNumber)\n  }\n"): (typeof documents)["\n  query InstrumentExportCsv($instrumentId: ID!, $versionNumber: Int) {\n    instrumentExportCsv(instrumentId: $instrumentId, versionNumber: $versionNumber)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserFields on User {\n    id\n    email\n    displayName\n    role\n    organisation\n    level\n    createdAt\n  }\n"): (typeof documents)["\n  fragment UserFields on User {\n    id\n    email\n    displayName\n    role\n    organisation\n    level\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      accessToken\n      user {\n        ...UserFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      accessToken\n      user {\n        ...UserFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      user {\n        ...UserFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      user {\n        ...UserFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefreshToken {\n    refreshToken {\n      accessToken\n      user {\n        ...UserFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RefreshToken {\n    refreshToken {\n      accessToken\n      user {\n        ...UserFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...UserFields\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      ...UserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Levels {\n    levels {\n      id\n      number\n      name\n      description\n    }\n  }\n"): (typeof documents)["\n  query Levels {\n    levels {\n      id\n      number\n      name\n      description\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LearningPath {\n    levels {\n      id\n      number\n      name\n      description\n    }\n    qualifications {\n      id\n      code\n      degree\n      number\n      text\n    }\n  }\n"): (typeof documents)["\n  query LearningPath {\n    levels {\n      id\n      number\n      name\n      description\n    }\n    qualifications {\n      id\n      code\n      degree\n      number\n      text\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Search($input: SearchInput!) {\n    search(input: $input) {\n      total\n      parts\n      tookMs\n      hits {\n        id\n        type\n        subjectId\n        link\n        communityId\n        communityName\n        label\n        titleHtml\n        snippetHtml\n        exact\n        createdAt\n      }\n      facets {\n        types {\n          value\n          label\n          count\n        }\n        communities {\n          value\n          label\n          count\n        }\n        qualifications {\n          value\n          label\n          count\n        }\n        levels {\n          value\n          label\n          count\n        }\n        collaborationForms {\n          value\n          label\n          count\n        }\n        tags {\n          value\n          label\n          count\n        }\n        years {\n          value\n          label\n          count\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Search($input: SearchInput!) {\n    search(input: $input) {\n      total\n      parts\n      tookMs\n      hits {\n        id\n        type\n        subjectId\n        link\n        communityId\n        communityName\n        label\n        titleHtml\n        snippetHtml\n        exact\n        createdAt\n      }\n      facets {\n        types {\n          value\n          label\n          count\n        }\n        communities {\n          value\n          label\n          count\n        }\n        qualifications {\n          value\n          label\n          count\n        }\n        levels {\n          value\n          label\n          count\n        }\n        collaborationForms {\n          value\n          label\n          count\n        }\n        tags {\n          value\n          label\n          count\n        }\n        years {\n          value\n          label\n          count\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionStepFields on MethodStep {\n    key\n    title\n    actor\n    minutes\n    prompt\n    output\n  }\n"): (typeof documents)["\n  fragment SessionStepFields on MethodStep {\n    key\n    title\n    actor\n    minutes\n    prompt\n    output\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionCardFields on Session {\n    id\n    title\n    status\n    startsAt\n    endsAt\n    capacity\n    themeCode\n    themeText\n    location\n    onlineUrl\n    methodName\n    communityId\n    community {\n      id\n      slug\n      name\n    }\n    rsvpCounts {\n      going\n      maybe\n      waitlist\n    }\n    viewerRsvp {\n      status\n      waitlistPosition\n    }\n    viewerCan {\n      rsvp\n      participate\n      moderate\n    }\n  }\n"): (typeof documents)["\n  fragment SessionCardFields on Session {\n    id\n    title\n    status\n    startsAt\n    endsAt\n    capacity\n    themeCode\n    themeText\n    location\n    onlineUrl\n    methodName\n    communityId\n    community {\n      id\n      slug\n      name\n    }\n    rsvpCounts {\n      going\n      maybe\n      waitlist\n    }\n    viewerRsvp {\n      status\n      waitlistPosition\n    }\n    viewerCan {\n      rsvp\n      participate\n      moderate\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionDetailFields on Session {\n    ...SessionCardFields\n    description\n    createdAt\n    methodId\n    currentStep\n    stepStartedAt\n    stateSeq\n    steps {\n      ...SessionStepFields\n    }\n    caseIds\n    knowledgeIds\n    instrumentIds\n    outcomes\n    lessonItemId\n    threadId\n    notes {\n      stepKey\n      body\n      rev\n    }\n    attendees {\n      userId\n      displayName\n      firstSeenAt\n    }\n  }\n"): (typeof documents)["\n  fragment SessionDetailFields on Session {\n    ...SessionCardFields\n    description\n    createdAt\n    methodId\n    currentStep\n    stepStartedAt\n    stateSeq\n    steps {\n      ...SessionStepFields\n    }\n    caseIds\n    knowledgeIds\n    instrumentIds\n    outcomes\n    lessonItemId\n    threadId\n    notes {\n      stepKey\n      body\n      rev\n    }\n    attendees {\n      userId\n      displayName\n      firstSeenAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionMethodFields on SessionMethod {\n    id\n    code\n    communityId\n    name\n    summary\n    totalMinutes\n    steps {\n      ...SessionStepFields\n    }\n  }\n"): (typeof documents)["\n  fragment SessionMethodFields on SessionMethod {\n    id\n    code\n    communityId\n    name\n    summary\n    totalMinutes\n    steps {\n      ...SessionStepFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Sessions($communityId: ID, $from: DateTime, $to: DateTime, $mine: Boolean, $newestFirst: Boolean, $first: Int) {\n    sessions(communityId: $communityId, from: $from, to: $to, mine: $mine, newestFirst: $newestFirst, first: $first) {\n      ...SessionCardFields\n    }\n  }\n"): (typeof documents)["\n  query Sessions($communityId: ID, $from: DateTime, $to: DateTime, $mine: Boolean, $newestFirst: Boolean, $first: Int) {\n    sessions(communityId: $communityId, from: $from, to: $to, mine: $mine, newestFirst: $newestFirst, first: $first) {\n      ...SessionCardFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Session($id: ID!) {\n    session(id: $id) {\n      ...SessionDetailFields\n    }\n  }\n"): (typeof documents)["\n  query Session($id: ID!) {\n    session(id: $id) {\n      ...SessionDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SessionIcs($id: ID!) {\n    sessionIcs(id: $id)\n  }\n"): (typeof documents)["\n  query SessionIcs($id: ID!) {\n    sessionIcs(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SessionMethods($communityId: ID) {\n    sessionMethods(communityId: $communityId) {\n      ...SessionMethodFields\n    }\n  }\n"): (typeof documents)["\n  query SessionMethods($communityId: ID) {\n    sessionMethods(communityId: $communityId) {\n      ...SessionMethodFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SessionPlanning {\n    communities(mine: true, first: 100) {\n      edges {\n        node {\n          id\n          slug\n          name\n          archivedAt\n          viewerCan {\n            moderate\n          }\n        }\n      }\n    }\n    researchThemes {\n      id\n      code\n      position\n      name\n    }\n  }\n"): (typeof documents)["\n  query SessionPlanning {\n    communities(mine: true, first: 100) {\n      edges {\n        node {\n          id\n          slug\n          name\n          archivedAt\n          viewerCan {\n            moderate\n          }\n        }\n      }\n    }\n    researchThemes {\n      id\n      code\n      position\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SessionLinkOptions($communityId: ID!) {\n    cases(communityId: $communityId, first: 100) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n    communityKnowledge: knowledgeItems(communityId: $communityId, first: 200) {\n      id\n      title\n      type\n    }\n    siteKnowledge: knowledgeItems(siteWide: true, first: 200) {\n      id\n      title\n      type\n    }\n    instruments(communityId: $communityId) {\n      id\n      title\n      latestVersion\n    }\n  }\n"): (typeof documents)["\n  query SessionLinkOptions($communityId: ID!) {\n    cases(communityId: $communityId, first: 100) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n    communityKnowledge: knowledgeItems(communityId: $communityId, first: 200) {\n      id\n      title\n      type\n    }\n    siteKnowledge: knowledgeItems(siteWide: true, first: 200) {\n      id\n      title\n      type\n    }\n    instruments(communityId: $communityId) {\n      id\n      title\n      latestVersion\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SessionCaseTitle($id: ID!) {\n    case(id: $id) {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  query SessionCaseTitle($id: ID!) {\n    case(id: $id) {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SessionKnowledgeTitle($id: ID!) {\n    knowledgeItem(id: $id) {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  query SessionKnowledgeTitle($id: ID!) {\n    knowledgeItem(id: $id) {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SessionInstrumentTitle($id: ID!) {\n    instrument(id: $id) {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  query SessionInstrumentTitle($id: ID!) {\n    instrument(id: $id) {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyAttendedSessions {\n    me {\n      id\n      displayName\n    }\n    myAttendedSessions {\n      id\n      title\n      startsAt\n      endsAt\n      methodName\n      community {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyAttendedSessions {\n    me {\n      id\n      displayName\n    }\n    myAttendedSessions {\n      id\n      title\n      startsAt\n      endsAt\n      methodName\n      community {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionPollFields on SessionPoll {\n    id\n    stepKey\n    question\n    options\n    status\n    results {\n      seq\n      counts\n      total\n    }\n    viewerVote\n    createdAt\n  }\n"): (typeof documents)["\n  fragment SessionPollFields on SessionPoll {\n    id\n    stepKey\n    question\n    options\n    status\n    results {\n      seq\n      counts\n      total\n    }\n    viewerVote\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SessionPolls($id: ID!) {\n    session(id: $id) {\n      id\n      polls {\n        ...SessionPollFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query SessionPolls($id: ID!) {\n    session(id: $id) {\n      id\n      polls {\n        ...SessionPollFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartSessionPoll($id: ID!, $question: String!, $options: [String!]!, $stepKey: String) {\n    startSessionPoll(id: $id, question: $question, options: $options, stepKey: $stepKey) {\n      ...SessionPollFields\n    }\n  }\n"): (typeof documents)["\n  mutation StartSessionPoll($id: ID!, $question: String!, $options: [String!]!, $stepKey: String) {\n    startSessionPoll(id: $id, question: $question, options: $options, stepKey: $stepKey) {\n      ...SessionPollFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VoteSessionPoll($pollId: ID!, $option: Int!) {\n    voteSessionPoll(pollId: $pollId, option: $option) {\n      ...SessionPollFields\n    }\n  }\n"): (typeof documents)["\n  mutation VoteSessionPoll($pollId: ID!, $option: Int!) {\n    voteSessionPoll(pollId: $pollId, option: $option) {\n      ...SessionPollFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseSessionPoll($pollId: ID!) {\n    closeSessionPoll(pollId: $pollId) {\n      ...SessionPollFields\n    }\n  }\n"): (typeof documents)["\n  mutation CloseSessionPoll($pollId: ID!) {\n    closeSessionPoll(pollId: $pollId) {\n      ...SessionPollFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlanSession($input: PlanSessionInput!) {\n    planSession(input: $input) {\n      ...SessionDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation PlanSession($input: PlanSessionInput!) {\n    planSession(input: $input) {\n      ...SessionDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSession($id: ID!, $input: SessionInput!) {\n    updateSession(id: $id, input: $input) {\n      ...SessionDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateSession($id: ID!, $input: SessionInput!) {\n    updateSession(id: $id, input: $input) {\n      ...SessionDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelSession($id: ID!) {\n    cancelSession(id: $id) {\n      ...SessionDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation CancelSession($id: ID!) {\n    cancelSession(id: $id) {\n      ...SessionDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RsvpSession($id: ID!, $status: RsvpChoice!) {\n    rsvpSession(id: $id, status: $status) {\n      ...SessionDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation RsvpSession($id: ID!, $status: RsvpChoice!) {\n    rsvpSession(id: $id, status: $status) {\n      ...SessionDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartSession($id: ID!) {\n    startSession(id: $id) {\n      ...SessionDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation StartSession($id: ID!) {\n    startSession(id: $id) {\n      ...SessionDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GoToSessionStep($id: ID!, $step: Int!, $expectedStateSeq: Int!) {\n    goToSessionStep(id: $id, step: $step, expectedStateSeq: $expectedStateSeq) {\n      id\n      status\n      currentStep\n      stepStartedAt\n      stateSeq\n    }\n  }\n"): (typeof documents)["\n  mutation GoToSessionStep($id: ID!, $step: Int!, $expectedStateSeq: Int!) {\n    goToSessionStep(id: $id, step: $step, expectedStateSeq: $expectedStateSeq) {\n      id\n      status\n      currentStep\n      stepStartedAt\n      stateSeq\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveSessionNote($id: ID!, $stepKey: String!, $body: String!, $baseRev: Int!) {\n    saveSessionNote(id: $id, stepKey: $stepKey, body: $body, baseRev: $baseRev) {\n      stepKey\n      body\n      rev\n    }\n  }\n"): (typeof documents)["\n  mutation SaveSessionNote($id: ID!, $stepKey: String!, $body: String!, $baseRev: Int!) {\n    saveSessionNote(id: $id, stepKey: $stepKey, body: $body, baseRev: $baseRev) {\n      stepKey\n      body\n      rev\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseSession($id: ID!, $outcomes: String!) {\n    closeSession(id: $id, outcomes: $outcomes) {\n      ...SessionDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation CloseSession($id: ID!, $outcomes: String!) {\n    closeSession(id: $id, outcomes: $outcomes) {\n      ...SessionDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LinkSessionLesson($id: ID!, $knowledgeItemId: ID!) {\n    linkSessionLesson(id: $id, knowledgeItemId: $knowledgeItemId) {\n      id\n      lessonItemId\n    }\n  }\n"): (typeof documents)["\n  mutation LinkSessionLesson($id: ID!, $knowledgeItemId: ID!) {\n    linkSessionLesson(id: $id, knowledgeItemId: $knowledgeItemId) {\n      id\n      lessonItemId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSessionMethod($communityId: ID!, $input: SessionMethodInput!) {\n    createSessionMethod(communityId: $communityId, input: $input) {\n      ...SessionMethodFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateSessionMethod($communityId: ID!, $input: SessionMethodInput!) {\n    createSessionMethod(communityId: $communityId, input: $input) {\n      ...SessionMethodFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetCalendarFeed {\n    resetCalendarFeed\n  }\n"): (typeof documents)["\n  mutation ResetCalendarFeed {\n    resetCalendarFeed\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;
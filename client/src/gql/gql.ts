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
    "\n  query LatestSeq {\n    latestSeq\n  }\n": typeof types.LatestSeqDocument,
    "\n  mutation SetMyLanguage($language: String!) {\n    setMyLanguage(language: $language) {\n      id\n      language\n    }\n  }\n": typeof types.SetMyLanguageDocument,
    "\n  fragment ApprovalItem on Approval {\n    id\n    kind\n    status\n    currentStep\n    createdAt\n    decidedAt\n    requestedBy {\n      id\n      name\n    }\n    project {\n      id\n      name\n    }\n    projectName\n    resourceRequest {\n      id\n      reason\n      candidate {\n        id\n        name\n      }\n    }\n    presalesApplication {\n      id\n      projectName\n      requirements\n      supportTypes\n      customer {\n        id\n        name\n      }\n    }\n    document {\n      id\n      title\n    }\n    workOrder {\n      id\n      title\n    }\n    steps {\n      ...ApprovalStepItem\n    }\n  }\n": typeof types.ApprovalItemFragmentDoc,
    "\n  fragment ApprovalStepItem on ApprovalStep {\n    position\n    approverRole\n    status\n    comment\n    decidedAt\n    decidedBy {\n      id\n      name\n    }\n  }\n": typeof types.ApprovalStepItemFragmentDoc,
    "\n  query ApprovalsInbox {\n    approvalsInbox {\n      ...ApprovalItem\n    }\n  }\n": typeof types.ApprovalsInboxDocument,
    "\n  subscription ApprovalsInboxChanged {\n    approvalsInboxChanged {\n      seq\n    }\n  }\n": typeof types.ApprovalsInboxChangedDocument,
    "\n  mutation DecideApproval($input: DecideApprovalInput!) {\n    decideApproval(input: $input) {\n      ...ApprovalItem\n    }\n  }\n": typeof types.DecideApprovalDocument,
    "\n  mutation RequestResource($input: RequestResourceInput!) {\n    requestResource(input: $input) {\n      id\n      candidate {\n        id\n        name\n      }\n    }\n  }\n": typeof types.RequestResourceDocument,
    "\n  query Me {\n    me {\n      id\n      name\n      email\n      roles\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      id\n      name\n      email\n      roles\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  fragment ProjectCard on Project {\n    id\n    name\n    stage\n    version\n    stageChangedAt\n    customer {\n      id\n      name\n    }\n    responsibleSales {\n      id\n      name\n    }\n    firstPresales {\n      id\n      name\n    }\n    secondPresales {\n      id\n      name\n    }\n    supportTypes\n    viewerCan {\n      moveStage\n      nextStages\n    }\n    counters {\n      openRemainingIssues\n      pendingApprovals\n      openWorkOrders\n      openTickets\n      ticketsAtRisk\n    }\n  }\n": typeof types.ProjectCardFragmentDoc,
    "\n  query Board {\n    projects {\n      ...ProjectCard\n    }\n    latestSeq\n  }\n": typeof types.BoardDocument,
    "\n  subscription BoardChanged {\n    boardChanged {\n      seq\n      project {\n        ...ProjectCard\n      }\n    }\n  }\n": typeof types.BoardChangedDocument,
    "\n  query ChangesSince($seq: Float!) {\n    changesSince(seq: $seq) {\n      events {\n        seq\n        projectId\n        project {\n          ...ProjectCard\n        }\n      }\n      cursor\n      hasMore\n    }\n  }\n": typeof types.ChangesSinceDocument,
    "\n  mutation MoveProjectStage($input: MoveProjectStageInput!) {\n    moveProjectStage(input: $input) {\n      ...ProjectCard\n    }\n  }\n": typeof types.MoveProjectStageDocument,
    "\n  fragment BugFeedbackItem on BugFeedback {\n    id\n    kind\n    title\n    description\n    status\n    testerNotes\n    createdAt\n    version\n    reportedBy {\n      id\n      name\n    }\n    tester {\n      id\n      name\n    }\n    project {\n      id\n      name\n    }\n    foundIn {\n      id\n      product\n      version\n    }\n    fixVersion {\n      id\n      product\n      version\n    }\n  }\n": typeof types.BugFeedbackItemFragmentDoc,
    "\n  query OpenBugFeedback {\n    bugFeedback(open: true) {\n      ...BugFeedbackItem\n    }\n  }\n": typeof types.OpenBugFeedbackDocument,
    "\n  subscription BugFeedbackChanged {\n    bugFeedbackChanged {\n      seq\n    }\n  }\n": typeof types.BugFeedbackChangedDocument,
    "\n  mutation ReportBugFeedback($input: ReportBugFeedbackInput!) {\n    reportBugFeedback(input: $input) {\n      ...BugFeedbackItem\n    }\n  }\n": typeof types.ReportBugFeedbackDocument,
    "\n  mutation ActOnBugFeedback($input: TesterActionInput!) {\n    actOnBugFeedback(input: $input) {\n      ...BugFeedbackItem\n    }\n  }\n": typeof types.ActOnBugFeedbackDocument,
    "\n  fragment ComplaintRow on Complaint {\n    id\n    title\n    description\n    status\n    createdAt\n    decidedAt\n    decisionComment\n    project {\n      id\n      name\n    }\n    complainant {\n      id\n      name\n    }\n    respondent {\n      id\n      name\n    }\n    decidedBy {\n      id\n      name\n    }\n  }\n": typeof types.ComplaintRowFragmentDoc,
    "\n  query Complaints {\n    complaints {\n      ...ComplaintRow\n    }\n  }\n": typeof types.ComplaintsDocument,
    "\n  mutation FileComplaint($input: FileComplaintInput!) {\n    fileComplaint(input: $input) {\n      ...ComplaintRow\n    }\n  }\n": typeof types.FileComplaintDocument,
    "\n  mutation DecideComplaint($input: DecideComplaintInput!) {\n    decideComplaint(input: $input) {\n      ...ComplaintRow\n    }\n  }\n": typeof types.DecideComplaintDocument,
    "\n  query PerformanceLevel($userId: ID!, $month: String!) {\n    performanceLevel(userId: $userId, month: $month) {\n      userId\n      month\n      level\n      monthlyDeduction\n      permanentDeduction\n      upheldThisMonth\n      upheldTotal\n    }\n  }\n": typeof types.PerformanceLevelDocument,
    "\n  fragment CustomerRow on Customer {\n    id\n    name\n    industry\n    address\n    openTicketCount\n    serviceExpiresOn\n    version\n  }\n": typeof types.CustomerRowFragmentDoc,
    "\n  fragment CustomerProfileDetail on Customer {\n    ...CustomerRow\n    contacts {\n      id\n      name\n      title\n      phone\n      email\n      version\n    }\n    products {\n      id\n      product\n      version\n      serialNumber\n      purchasedOn\n      recordVersion\n    }\n    contracts {\n      id\n      number\n      startsOn\n      serviceExpiresOn\n      active\n      version\n      slaPolicy {\n        id\n        name\n      }\n    }\n    equipment {\n      id\n      name\n      model\n      serialNumber\n      location\n      version\n    }\n    tickets(limit: 100) {\n      id\n      number\n      title\n      status\n      priority\n      createdAt\n      assignee {\n        id\n        name\n      }\n    }\n    projects {\n      id\n      name\n      stage\n      createdAt\n    }\n  }\n": typeof types.CustomerProfileDetailFragmentDoc,
    "\n  query CustomerList {\n    customers {\n      ...CustomerRow\n    }\n  }\n": typeof types.CustomerListDocument,
    "\n  query CustomerProfile($id: ID!) {\n    customer(id: $id) {\n      ...CustomerProfileDetail\n    }\n  }\n": typeof types.CustomerProfileDocument,
    "\n  query ContractSlaPolicies {\n    slaPolicies {\n      id\n      name\n      isDefault\n    }\n  }\n": typeof types.ContractSlaPoliciesDocument,
    "\n  mutation CreateCustomer($input: CreateCustomerInput!) {\n    createCustomer(input: $input) {\n      ...CustomerRow\n    }\n  }\n": typeof types.CreateCustomerDocument,
    "\n  mutation UpdateCustomer($input: UpdateCustomerInput!) {\n    updateCustomer(input: $input) {\n      ...CustomerRow\n    }\n  }\n": typeof types.UpdateCustomerDocument,
    "\n  mutation SaveContact($input: SaveContactInput!) {\n    saveContact(input: $input) {\n      id\n    }\n  }\n": typeof types.SaveContactDocument,
    "\n  mutation RemoveContact($id: ID!) {\n    removeContact(id: $id)\n  }\n": typeof types.RemoveContactDocument,
    "\n  mutation SaveCustomerProduct($input: SaveCustomerProductInput!) {\n    saveCustomerProduct(input: $input) {\n      id\n    }\n  }\n": typeof types.SaveCustomerProductDocument,
    "\n  mutation RemoveCustomerProduct($id: ID!) {\n    removeCustomerProduct(id: $id)\n  }\n": typeof types.RemoveCustomerProductDocument,
    "\n  mutation SaveCustomerContract($input: SaveCustomerContractInput!) {\n    saveCustomerContract(input: $input) {\n      id\n    }\n  }\n": typeof types.SaveCustomerContractDocument,
    "\n  mutation RemoveCustomerContract($id: ID!) {\n    removeCustomerContract(id: $id)\n  }\n": typeof types.RemoveCustomerContractDocument,
    "\n  mutation SaveCustomerEquipment($input: SaveCustomerEquipmentInput!) {\n    saveCustomerEquipment(input: $input) {\n      id\n    }\n  }\n": typeof types.SaveCustomerEquipmentDocument,
    "\n  mutation RemoveCustomerEquipment($id: ID!) {\n    removeCustomerEquipment(id: $id)\n  }\n": typeof types.RemoveCustomerEquipmentDocument,
    "\n  mutation CreatePortalUser($input: CreatePortalUserInput!) {\n    createPortalUser(input: $input) {\n      id\n      name\n      email\n    }\n  }\n": typeof types.CreatePortalUserDocument,
    "\n  query ServiceDeskDashboard($filter: DashboardFilter!) {\n    serviceDeskFigures(filter: $filter) {\n      tickets\n      resolved\n      slaAttainment {\n        priority\n        tickets\n        responseMet\n        responseBreached\n        responseRate\n        resolutionMet\n        resolutionBreached\n        resolutionRate\n      }\n      firstResponseMinutes {\n        count\n        median\n        p90\n      }\n      resolutionMinutes {\n        count\n        median\n        p90\n      }\n      resolutionRate\n      firstContactResolution\n      reopenRate\n      satisfaction {\n        answered\n        responseSpeed\n        resolution\n        professionalism\n        attitude\n      }\n    }\n  }\n": typeof types.ServiceDeskDashboardDocument,
    "\n  query SatisfactionDashboard($filter: DashboardFilter!) {\n    satisfactionFigures(filter: $filter) {\n      overall {\n        answered\n        responseSpeed\n        resolution\n        professionalism\n        attitude\n      }\n      perEngineer {\n        engineerId\n        engineerName\n        answered\n        responseSpeed\n        resolution\n        professionalism\n        attitude\n        overall\n      }\n      trend {\n        month\n        answered\n        responseSpeed\n        resolution\n        professionalism\n        attitude\n        overall\n      }\n    }\n  }\n": typeof types.SatisfactionDashboardDocument,
    "\n  query WorkloadDashboard($filter: DashboardFilter!) {\n    workloadFigures(filter: $filter) {\n      engineerId\n      engineerName\n      openTickets\n      firstPresalesProjects\n      secondPresalesProjects\n      trackingEntries\n      reportsFiled\n      reportsLate\n      reportsMissing\n      complaintsFiled\n      complaintsUpheld\n      performanceLevel\n    }\n  }\n": typeof types.WorkloadDashboardDocument,
    "\n  query RndDashboard($filter: RndFilter!) {\n    rndFigures(filter: $filter) {\n      workOrdersByState {\n        status\n        count\n        averageAgeDays\n        oldestAgeDays\n      }\n      hoursToAssign {\n        count\n        median\n        p90\n      }\n      hoursToClose {\n        count\n        median\n        p90\n      }\n      projectCosts {\n        projectId\n        projectName\n        improvementRequests\n        openImprovementRequests\n        rndHours\n        thresholdHours\n        bonusAfterRndCost\n      }\n    }\n  }\n": typeof types.RndDashboardDocument,
    "\n  query RndDashboardProjects {\n    projects {\n      id\n      name\n    }\n  }\n": typeof types.RndDashboardProjectsDocument,
    "\n  fragment WorkReportFields on WorkReport {\n    id\n    month\n    scope\n    engineerId\n    engineerName\n    generatedAt\n    generatedBy\n    figures {\n      ...WorkReportFiguresFields\n    }\n    problems {\n      kind\n      count\n      detail\n    }\n    members {\n      engineerId\n      engineerName\n      figures {\n        ...WorkReportFiguresFields\n      }\n    }\n  }\n\n  fragment WorkReportFiguresFields on WorkReportFigures {\n    ticketsAssigned\n    ticketsResolved\n    responseMet\n    responseBreached\n    resolutionMet\n    resolutionBreached\n    satisfactionAnswered\n    satisfactionAverage\n    reportsFiled\n    trackingEntries\n    projectsSupported\n    workOrdersSubmitted\n    improvementRequests\n    complaintsUpheld\n    performanceLevel\n  }\n": typeof types.WorkReportFieldsFragmentDoc,
    "\n  query WorkReport($month: String!, $engineerId: ID) {\n    workReport(month: $month, engineerId: $engineerId) {\n      ...WorkReportFields\n    }\n  }\n": typeof types.WorkReportDocument,
    "\n  mutation GenerateWorkReport($month: String!, $engineerId: ID) {\n    generateWorkReport(month: $month, engineerId: $engineerId) {\n      ...WorkReportFields\n    }\n  }\n": typeof types.GenerateWorkReportDocument,
    "\n  subscription DashboardChanged {\n    dashboardChanged {\n      seq\n      kind\n    }\n  }\n": typeof types.DashboardChangedDocument,
    "\n  fragment DocumentItem on ProjectDocument {\n    id\n    kind\n    title\n    status\n    revision\n    version\n    internal\n    body\n    salesPart\n    technicalPart\n    rejectionReason\n    customerSignedBy\n    customerSignedAt\n    createdAt\n    updatedAt\n    createdBy {\n      id\n      name\n    }\n    reviewedBy {\n      id\n      name\n    }\n    tasks {\n      title\n      start\n      end\n    }\n    revisions {\n      revision\n      outcome\n      rejectionReason\n      submittedAt\n      submittedBy {\n        id\n        name\n      }\n    }\n    approval {\n      id\n      status\n      steps {\n        ...ApprovalStepItem\n      }\n    }\n  }\n": typeof types.DocumentItemFragmentDoc,
    "\n  query ProjectDocuments($id: ID!) {\n    project(id: $id) {\n      id\n      documents {\n        ...DocumentItem\n      }\n    }\n  }\n": typeof types.ProjectDocumentsDocument,
    "\n  mutation CreateProjectDocument($input: CreateProjectDocumentInput!) {\n    createProjectDocument(input: $input) {\n      ...DocumentItem\n    }\n  }\n": typeof types.CreateProjectDocumentDocument,
    "\n  mutation UpdateProjectDocument($input: UpdateProjectDocumentInput!) {\n    updateProjectDocument(input: $input) {\n      ...DocumentItem\n    }\n  }\n": typeof types.UpdateProjectDocumentDocument,
    "\n  mutation SubmitProjectDocument($input: DocumentVersionInput!) {\n    submitProjectDocument(input: $input) {\n      ...DocumentItem\n    }\n  }\n": typeof types.SubmitProjectDocumentDocument,
    "\n  mutation ReviewProjectDocument($input: ReviewProjectDocumentInput!) {\n    reviewProjectDocument(input: $input) {\n      ...DocumentItem\n    }\n  }\n": typeof types.ReviewProjectDocumentDocument,
    "\n  mutation RecordCustomerSignature($input: RecordCustomerSignatureInput!) {\n    recordCustomerSignature(input: $input) {\n      ...DocumentItem\n    }\n  }\n": typeof types.RecordCustomerSignatureDocument,
    "\n  fragment ImprovementItem on ImprovementRequest {\n    id\n    sequence\n    title\n    description\n    status\n    projectName\n    salesAgreedAt\n    decisionComment\n    rndMinutes\n    createdAt\n    version\n    issuedBy {\n      id\n      name\n    }\n    rndLead {\n      id\n      name\n    }\n  }\n": typeof types.ImprovementItemFragmentDoc,
    "\n  mutation IssueImprovementRequest($input: IssueImprovementRequestInput!) {\n    issueImprovementRequest(input: $input) {\n      ...ImprovementItem\n    }\n  }\n": typeof types.IssueImprovementRequestDocument,
    "\n  mutation AgreeToImprovementRequest($input: ImprovementStepInput!) {\n    agreeToImprovementRequest(input: $input) {\n      ...ImprovementItem\n    }\n  }\n": typeof types.AgreeToImprovementRequestDocument,
    "\n  mutation DeclineImprovementRequest($input: DeclineImprovementRequestInput!) {\n    declineImprovementRequest(input: $input) {\n      ...ImprovementItem\n    }\n  }\n": typeof types.DeclineImprovementRequestDocument,
    "\n  mutation DecideImprovementRequest($input: DecideImprovementRequestInput!) {\n    decideImprovementRequest(input: $input) {\n      ...ImprovementItem\n    }\n  }\n": typeof types.DecideImprovementRequestDocument,
    "\n  mutation LogRndTime($input: LogRndTimeInput!) {\n    logRndTime(input: $input) {\n      id\n      minutes\n    }\n  }\n": typeof types.LogRndTimeDocument,
    "\n  mutation CompleteImprovementRequest($input: CompleteImprovementRequestInput!) {\n    completeImprovementRequest(input: $input) {\n      ...ImprovementItem\n    }\n  }\n": typeof types.CompleteImprovementRequestDocument,
    "\n  fragment KnowledgeArticleRow on KnowledgeArticle {\n    id\n    title\n    product\n    status\n    version\n    updatedAt\n    publishedAt\n    author {\n      id\n      name\n    }\n  }\n": typeof types.KnowledgeArticleRowFragmentDoc,
    "\n  fragment KnowledgeArticleDetail on KnowledgeArticle {\n    ...KnowledgeArticleRow\n    cause\n    solution\n    steps\n    lessons\n    createdAt\n    reviewedBy {\n      id\n      name\n    }\n    sourceTicket {\n      id\n      number\n      title\n    }\n    revisions {\n      id\n      number\n      title\n      createdAt\n      editedBy {\n        id\n        name\n      }\n    }\n    viewerCan {\n      edit\n      review\n      publish\n    }\n  }\n": typeof types.KnowledgeArticleDetailFragmentDoc,
    "\n  query KnowledgeArticles($search: String, $statuses: [ArticleStatus!], $limit: Int!) {\n    knowledgeArticles(search: $search, statuses: $statuses, limit: $limit) {\n      ...KnowledgeArticleRow\n    }\n  }\n": typeof types.KnowledgeArticlesDocument,
    "\n  query KnowledgeArticle($id: ID!) {\n    knowledgeArticle(id: $id) {\n      ...KnowledgeArticleDetail\n    }\n  }\n": typeof types.KnowledgeArticleDocument,
    "\n  mutation CreateKnowledgeArticle($input: CreateKnowledgeArticleInput!) {\n    createKnowledgeArticle(input: $input) {\n      ...KnowledgeArticleDetail\n    }\n  }\n": typeof types.CreateKnowledgeArticleDocument,
    "\n  mutation EditKnowledgeArticle($input: EditKnowledgeArticleInput!) {\n    editKnowledgeArticle(input: $input) {\n      ...KnowledgeArticleDetail\n    }\n  }\n": typeof types.EditKnowledgeArticleDocument,
    "\n  mutation ReviewKnowledgeArticle($id: ID!, $expectedVersion: Int!) {\n    reviewKnowledgeArticle(id: $id, expectedVersion: $expectedVersion) {\n      ...KnowledgeArticleDetail\n    }\n  }\n": typeof types.ReviewKnowledgeArticleDocument,
    "\n  mutation PublishKnowledgeArticle($id: ID!, $expectedVersion: Int!) {\n    publishKnowledgeArticle(id: $id, expectedVersion: $expectedVersion) {\n      ...KnowledgeArticleDetail\n    }\n  }\n": typeof types.PublishKnowledgeArticleDocument,
    "\n  fragment NotificationItem on Notification {\n    id\n    rule\n    recipientRole\n    subject\n    link\n    readAt\n    createdAt\n  }\n": typeof types.NotificationItemFragmentDoc,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": typeof types.UnreadNotificationCountDocument,
    "\n  query Notifications($unreadOnly: Boolean!, $limit: Int!) {\n    notifications(unreadOnly: $unreadOnly, limit: $limit) {\n      ...NotificationItem\n    }\n  }\n": typeof types.NotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  subscription NotificationsChanged {\n    notificationsChanged {\n      seq\n      unread\n    }\n  }\n": typeof types.NotificationsChangedDocument,
    "\n  query NotificationChoices {\n    notificationChoices {\n      rule\n      mandatory\n      choice\n    }\n  }\n": typeof types.NotificationChoicesDocument,
    "\n  mutation ChooseNotificationDelivery($rule: String!, $choice: DeliveryChoice!) {\n    chooseNotificationDelivery(rule: $rule, choice: $choice) {\n      rule\n      mandatory\n      choice\n    }\n  }\n": typeof types.ChooseNotificationDeliveryDocument,
    "\n  query Outbox($limit: Int!) {\n    outbox(limit: $limit) {\n      id\n      rule\n      to\n      cc\n      subject\n      body\n      language\n      status\n      attempts\n      lastError\n      sentAt\n      createdAt\n    }\n  }\n": typeof types.OutboxDocument,
    "\n  query PresalesPeople {\n    users(role: PRESALES) {\n      id\n      name\n    }\n  }\n": typeof types.PresalesPeopleDocument,
    "\n  query RndPeople {\n    users(role: RND) {\n      id\n      name\n    }\n  }\n": typeof types.RndPeopleDocument,
    "\n  fragment PresalesApplicationItem on PresalesApplication {\n    id\n    projectName\n    requirements\n    supportTypes\n    wantedStart\n    wantedEnd\n    createdAt\n    customer {\n      id\n      name\n    }\n    requestedBy {\n      id\n      name\n    }\n    assignedPresales {\n      id\n      name\n    }\n    project {\n      id\n      name\n    }\n    approval {\n      id\n      status\n      currentStep\n      steps {\n        ...ApprovalStepItem\n      }\n    }\n  }\n": typeof types.PresalesApplicationItemFragmentDoc,
    "\n  query PresalesApplications {\n    presalesApplications {\n      ...PresalesApplicationItem\n    }\n  }\n": typeof types.PresalesApplicationsDocument,
    "\n  mutation ApplyForPresalesSupport($input: ApplyForPresalesSupportInput!) {\n    applyForPresalesSupport(input: $input) {\n      ...PresalesApplicationItem\n    }\n  }\n": typeof types.ApplyForPresalesSupportDocument,
    "\n  subscription Presence($recordType: PresenceRecordType!, $recordId: ID!) {\n    presence(recordType: $recordType, recordId: $recordId) {\n      recordType\n      recordId\n      viewers {\n        user {\n          id\n          name\n        }\n        editing\n        since\n      }\n    }\n  }\n": typeof types.PresenceDocument,
    "\n  mutation SetEditing($recordType: PresenceRecordType!, $recordId: ID!, $form: String) {\n    setEditing(recordType: $recordType, recordId: $recordId, form: $form)\n  }\n": typeof types.SetEditingDocument,
    "\n  query ProjectPage($id: ID!) {\n    project(id: $id) {\n      ...ProjectCard\n      createdAt\n      members {\n        role\n        user {\n          id\n          name\n          email\n        }\n      }\n      initiation {\n        id\n        revision\n        projectName\n        customer {\n          id\n          name\n        }\n        responsibleSales {\n          id\n          name\n        }\n        firstPresales {\n          id\n          name\n        }\n        secondPresales {\n          id\n          name\n        }\n        supportTypes\n        requirements\n        wantedStart\n        wantedEnd\n        submittedBy {\n          id\n          name\n        }\n        submittedAt\n      }\n      reports {\n        ...ReportItem\n      }\n      remainingIssues {\n        ...RemainingIssueRow\n      }\n      supportRequests {\n        ...SupportRequestItem\n      }\n      tasks {\n        ...ProjectTaskItem\n      }\n      approvals {\n        ...ApprovalItem\n      }\n      waivers {\n        ...WaiverItem\n      }\n      hasOpenProblem\n      timeline {\n        ...TimelineEvent\n      }\n    }\n    latestSeq\n  }\n": typeof types.ProjectPageDocument,
    "\n  fragment TimelineEvent on ActivityEvent {\n    seq\n    type\n    entityType\n    entityId\n    payload\n    createdAt\n    actor {\n      id\n      name\n    }\n  }\n": typeof types.TimelineEventFragmentDoc,
    "\n  subscription ProjectActivity($projectId: ID!) {\n    projectActivity(projectId: $projectId) {\n      seq\n      type\n    }\n  }\n": typeof types.ProjectActivityDocument,
    "\n  query InitiationOptions {\n    customers {\n      id\n      name\n      industry\n    }\n    salesPeople: users(role: SALES) {\n      id\n      name\n    }\n    presalesPeople: users(role: PRESALES) {\n      id\n      name\n    }\n  }\n": typeof types.InitiationOptionsDocument,
    "\n  mutation InitiateProject($input: InitiateProjectInput!) {\n    initiateProject(input: $input) {\n      ...ProjectCard\n    }\n  }\n": typeof types.InitiateProjectDocument,
    "\n  fragment RemainingIssueRow on RemainingIssue {\n    id\n    description\n    status\n    severeBug\n    failedAttempts\n    resolution\n    createdAt\n    version\n    owner {\n      id\n      name\n    }\n    attempts {\n      id\n      whatWasTried\n      result\n      succeeded\n      createdAt\n      triedBy {\n        id\n        name\n      }\n    }\n  }\n": typeof types.RemainingIssueRowFragmentDoc,
    "\n  mutation RecordIssueAttempt($input: RecordIssueAttemptInput!) {\n    recordIssueAttempt(input: $input) {\n      id\n    }\n  }\n": typeof types.RecordIssueAttemptDocument,
    "\n  mutation MarkObviousSevereBug($input: RemainingIssueStepInput!) {\n    markObviousSevereBug(input: $input) {\n      ...RemainingIssueRow\n    }\n  }\n": typeof types.MarkObviousSevereBugDocument,
    "\n  mutation ResolveRemainingIssue($input: ResolveRemainingIssueInput!) {\n    resolveRemainingIssue(input: $input) {\n      ...RemainingIssueRow\n    }\n  }\n": typeof types.ResolveRemainingIssueDocument,
    "\n  fragment ReportItem on CommunicationReport {\n    id\n    title\n    result\n    method\n    channel\n    communicator\n    communicatedAt\n    problemsHandled\n    remainingProblems\n    writtenRequestedAt\n    createdAt\n    author {\n      id\n      name\n    }\n  }\n": typeof types.ReportItemFragmentDoc,
    "\n  mutation FileCommunicationReport($input: FileCommunicationReportInput!) {\n    fileCommunicationReport(input: $input) {\n      ...ReportItem\n    }\n  }\n": typeof types.FileCommunicationReportDocument,
    "\n  mutation RequestWrittenReport($reportId: ID!) {\n    requestWrittenReport(reportId: $reportId) {\n      ...ReportItem\n    }\n  }\n": typeof types.RequestWrittenReportDocument,
    "\n  query ProjectRnd($id: ID!) {\n    project(id: $id) {\n      id\n      productVersion {\n        ...ProductVersionItem\n      }\n      rndCost {\n        minutes\n        thresholdHours\n        bonusAfterRndCost\n      }\n      improvementRequests {\n        ...ImprovementItem\n      }\n      workOrders {\n        ...WorkOrderRow\n      }\n    }\n  }\n": typeof types.ProjectRndDocument,
    "\n  query RndQueue {\n    rndQueue {\n      ...WorkOrderRow\n    }\n    improvementQueue {\n      ...ImprovementItem\n    }\n  }\n": typeof types.RndQueueDocument,
    "\n  subscription RndQueueChanged {\n    rndQueueChanged {\n      seq\n    }\n  }\n": typeof types.RndQueueChangedDocument,
    "\n  fragment BusinessCalendarItem on BusinessCalendar {\n    id\n    name\n    timeZone\n    workingWeekdays\n    holidays\n    makeUpWorkdays\n    version\n    periods {\n      start\n      end\n    }\n  }\n": typeof types.BusinessCalendarItemFragmentDoc,
    "\n  fragment SlaPolicyItem on SlaPolicy {\n    id\n    name\n    isDefault\n    warnAtShare\n    version\n    calendar {\n      id\n      name\n    }\n    targets {\n      priority\n      responseMinutes\n      resolutionMinutes\n    }\n  }\n": typeof types.SlaPolicyItemFragmentDoc,
    "\n  query SlaAdmin {\n    businessCalendars {\n      ...BusinessCalendarItem\n    }\n    slaPolicies {\n      ...SlaPolicyItem\n    }\n  }\n": typeof types.SlaAdminDocument,
    "\n  mutation SaveBusinessCalendar($input: SaveBusinessCalendarInput!) {\n    saveBusinessCalendar(input: $input) {\n      ...BusinessCalendarItem\n    }\n  }\n": typeof types.SaveBusinessCalendarDocument,
    "\n  mutation SaveSlaPolicy($input: SaveSlaPolicyInput!) {\n    saveSlaPolicy(input: $input) {\n      ...SlaPolicyItem\n    }\n  }\n": typeof types.SaveSlaPolicyDocument,
    "\n  fragment SupportRequestItem on SupportRequest {\n    id\n    content\n    status\n    holder\n    dueAt\n    proposedFor\n    version\n    createdAt\n    updatedAt\n    requestedBy {\n      id\n      name\n    }\n    responsibleForFailure {\n      id\n      name\n    }\n    handoffs {\n      id\n      content\n      scope\n      handoffAt\n      result\n      resolved\n      createdAt\n    }\n  }\n": typeof types.SupportRequestItemFragmentDoc,
    "\n  mutation RequestSupport($input: RequestSupportInput!) {\n    requestSupport(input: $input) {\n      ...SupportRequestItem\n    }\n  }\n": typeof types.RequestSupportDocument,
    "\n  mutation ActOnSupportRequest($input: SupportActionInput!) {\n    actOnSupportRequest(input: $input) {\n      ...SupportRequestItem\n    }\n  }\n": typeof types.ActOnSupportRequestDocument,
    "\n  query SurveyByToken($token: String!) {\n    surveyByToken(token: $token) {\n      ticketNumber\n      ticketTitle\n      answered\n    }\n  }\n": typeof types.SurveyByTokenDocument,
    "\n  mutation AnswerSatisfactionSurveyByToken($input: AnswerSatisfactionSurveyByTokenInput!) {\n    answerSatisfactionSurveyByToken(input: $input) {\n      ticketNumber\n      ticketTitle\n      answered\n    }\n  }\n": typeof types.AnswerSatisfactionSurveyByTokenDocument,
    "\n  fragment ProjectTaskItem on ProjectTask {\n    id\n    kind\n    description\n    dueOn\n    status\n    result\n    completedAt\n    createdAt\n    version\n    assignee {\n      id\n      name\n    }\n    createdBy {\n      id\n      name\n    }\n  }\n": typeof types.ProjectTaskItemFragmentDoc,
    "\n  query MyTasks {\n    myTasks {\n      ...ProjectTaskItem\n      project {\n        id\n        name\n      }\n    }\n  }\n": typeof types.MyTasksDocument,
    "\n  subscription MyTasksChanged {\n    myTasksChanged {\n      seq\n    }\n  }\n": typeof types.MyTasksChangedDocument,
    "\n  mutation RequestInfo($input: RequestInfoInput!) {\n    requestInfo(input: $input) {\n      ...ProjectTaskItem\n    }\n  }\n": typeof types.RequestInfoDocument,
    "\n  mutation RequestUpgrade($input: RequestUpgradeInput!) {\n    requestUpgrade(input: $input) {\n      ...ProjectTaskItem\n    }\n  }\n": typeof types.RequestUpgradeDocument,
    "\n  mutation CompleteProjectTask($input: CompleteProjectTaskInput!) {\n    completeProjectTask(input: $input) {\n      ...ProjectTaskItem\n    }\n  }\n": typeof types.CompleteProjectTaskDocument,
    "\n  fragment SlaClockItem on SlaClock {\n    id\n    kind\n    state\n    pauseReason\n    startedAt\n    dueAt\n    targetMinutes\n    businessMinutesLeft\n    businessMinutesUsed\n    stoppedAt\n    warnedAt\n    breachedAt\n  }\n": typeof types.SlaClockItemFragmentDoc,
    "\n  fragment TicketRow on Ticket {\n    id\n    number\n    title\n    status\n    priority\n    tier\n    channel\n    category\n    createdAt\n    version\n    customer {\n      id\n      name\n    }\n    assignee {\n      id\n      name\n    }\n    slaClocks {\n      ...SlaClockItem\n    }\n  }\n": typeof types.TicketRowFragmentDoc,
    "\n  fragment TicketMessageItem on TicketMessage {\n    id\n    body\n    internal\n    createdAt\n    author {\n      id\n      name\n    }\n  }\n": typeof types.TicketMessageItemFragmentDoc,
    "\n  fragment SurveyResultItem on SatisfactionSurvey {\n    id\n    answered\n    answeredAt\n    responseSpeed\n    resolution\n    professionalism\n    attitude\n    comment\n  }\n": typeof types.SurveyResultItemFragmentDoc,
    "\n  fragment TicketDetail on Ticket {\n    ...TicketRow\n    description\n    product\n    productVersion\n    module\n    occurredAt\n    frequency\n    steps\n    errorText\n    solution\n    reopenCount\n    acknowledgedAt\n    resolvedAt\n    closedAt\n    customerConfirmedAt\n    contact {\n      id\n      name\n      phone\n      email\n    }\n    project {\n      id\n      name\n    }\n    createdBy {\n      id\n      name\n    }\n    messages {\n      ...TicketMessageItem\n    }\n    writeUp {\n      cause\n      solution\n      steps\n      lessons\n    }\n    survey {\n      ...SurveyResultItem\n    }\n    attachments {\n      id\n      fileName\n      size\n      url\n      createdAt\n      uploadedBy {\n        id\n        name\n      }\n    }\n    viewerCan {\n      actions\n      reply\n      addInternalNote\n      assign\n      escalateTo\n      changePriority\n    }\n  }\n": typeof types.TicketDetailFragmentDoc,
    "\n  query Tickets($filter: TicketFilter) {\n    tickets(filter: $filter) {\n      ...TicketRow\n    }\n  }\n": typeof types.TicketsDocument,
    "\n  query WaitingTickets {\n    mine: tickets(filter: { mine: true }) {\n      id\n    }\n    unassigned: tickets(filter: { unassigned: true }) {\n      id\n    }\n  }\n": typeof types.WaitingTicketsDocument,
    "\n  query Ticket($id: ID!) {\n    ticket(id: $id) {\n      ...TicketDetail\n    }\n  }\n": typeof types.TicketDocument,
    "\n  subscription TicketsChanged {\n    ticketsChanged {\n      seq\n      ticketId\n    }\n  }\n": typeof types.TicketsChangedDocument,
    "\n  subscription TicketChanged($ticketId: ID!) {\n    ticketsChanged(ticketId: $ticketId) {\n      seq\n      ticketId\n      type\n      action\n    }\n  }\n": typeof types.TicketChangedDocument,
    "\n  query TicketIntakeOptions {\n    customers {\n      id\n      name\n    }\n    projects {\n      id\n      name\n      customer {\n        id\n      }\n    }\n  }\n": typeof types.TicketIntakeOptionsDocument,
    "\n  query TicketEngineers {\n    users(role: PRESALES) {\n      id\n      name\n      senior\n    }\n  }\n": typeof types.TicketEngineersDocument,
    "\n  mutation CreateTicket($input: CreateTicketInput!) {\n    createTicket(input: $input) {\n      ...TicketDetail\n    }\n  }\n": typeof types.CreateTicketDocument,
    "\n  mutation TicketStep($input: TicketStepInput!) {\n    ticketStep(input: $input) {\n      ...TicketDetail\n    }\n  }\n": typeof types.TicketStepDocument,
    "\n  mutation AddTicketMessage($input: TicketMessageInput!) {\n    addTicketMessage(input: $input) {\n      ...TicketMessageItem\n    }\n  }\n": typeof types.AddTicketMessageDocument,
    "\n  mutation AssignTicket($input: AssignTicketInput!) {\n    assignTicket(input: $input) {\n      ...TicketDetail\n    }\n  }\n": typeof types.AssignTicketDocument,
    "\n  mutation EscalateTicket($input: EscalateTicketInput!) {\n    escalateTicket(input: $input) {\n      ...TicketDetail\n    }\n  }\n": typeof types.EscalateTicketDocument,
    "\n  mutation ChangeTicketPriority($input: ChangeTicketPriorityInput!) {\n    changeTicketPriority(input: $input) {\n      ...TicketDetail\n    }\n  }\n": typeof types.ChangeTicketPriorityDocument,
    "\n  query ProjectTickets($id: ID!) {\n    project(id: $id) {\n      id\n      tickets {\n        id\n        number\n        title\n        status\n        priority\n        createdAt\n        slaClocks {\n          ...SlaClockItem\n        }\n        assignee {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ProjectTicketsDocument,
    "\n  query CustomerContacts($id: ID!) {\n    customer(id: $id) {\n      id\n      contacts {\n        id\n        name\n        title\n      }\n    }\n  }\n": typeof types.CustomerContactsDocument,
    "\n  query SuggestKnowledgeArticles($text: String!) {\n    suggestKnowledgeArticles(text: $text, limit: 5) {\n      id\n      title\n      cause\n      solution\n    }\n  }\n": typeof types.SuggestKnowledgeArticlesDocument,
    "\n  query MyOrganisation {\n    myOrganisation {\n      id\n      name\n      contacts {\n        id\n        name\n        title\n      }\n    }\n  }\n": typeof types.MyOrganisationDocument,
    "\n  mutation AnswerSatisfactionSurvey($input: AnswerSatisfactionSurveyInput!) {\n    answerSatisfactionSurvey(input: $input) {\n      ...SurveyResultItem\n    }\n  }\n": typeof types.AnswerSatisfactionSurveyDocument,
    "\n  query MyTrackingTable($month: String!) {\n    myTrackingTable(month: $month) {\n      id\n      entryDate\n      content\n      supportRole\n      project {\n        id\n        name\n      }\n      supporter {\n        id\n        name\n      }\n    }\n  }\n": typeof types.MyTrackingTableDocument,
    "\n  fragment UninitiatedWorkItem on UninitiatedWork {\n    id\n    projectName\n    description\n    status\n    reminders\n    lastRemindedAt\n    stoppedAt\n    createdAt\n    version\n    customer {\n      id\n      name\n    }\n    presales {\n      id\n      name\n    }\n    sales {\n      id\n      name\n    }\n    responsibleForDelay {\n      id\n      name\n    }\n    project {\n      id\n      name\n    }\n  }\n": typeof types.UninitiatedWorkItemFragmentDoc,
    "\n  query UninitiatedWork {\n    uninitiatedWork {\n      ...UninitiatedWorkItem\n    }\n  }\n": typeof types.UninitiatedWorkDocument,
    "\n  subscription UninitiatedWorkChanged {\n    uninitiatedWorkChanged {\n      seq\n    }\n  }\n": typeof types.UninitiatedWorkChangedDocument,
    "\n  mutation RecordUninitiatedWork($input: RecordUninitiatedWorkInput!) {\n    recordUninitiatedWork(input: $input) {\n      ...UninitiatedWorkItem\n    }\n  }\n": typeof types.RecordUninitiatedWorkDocument,
    "\n  mutation RemindSalesToInitiate($input: UninitiatedWorkStepInput!) {\n    remindSalesToInitiate(input: $input) {\n      ...UninitiatedWorkItem\n    }\n  }\n": typeof types.RemindSalesToInitiateDocument,
    "\n  mutation StopUninitiatedSupport($input: UninitiatedWorkStepInput!) {\n    stopUninitiatedSupport(input: $input) {\n      ...UninitiatedWorkItem\n    }\n  }\n": typeof types.StopUninitiatedSupportDocument,
    "\n  mutation LinkInitiatedProject($input: LinkInitiatedProjectInput!) {\n    linkInitiatedProject(input: $input) {\n      ...UninitiatedWorkItem\n    }\n  }\n": typeof types.LinkInitiatedProjectDocument,
    "\n  fragment ProductVersionItem on ProductVersion {\n    id\n    product\n    version\n    kind\n    confirmedAt\n    createdAt\n    confirmedBy {\n      id\n      name\n    }\n  }\n": typeof types.ProductVersionItemFragmentDoc,
    "\n  query ProductVersions {\n    productVersions {\n      ...ProductVersionItem\n    }\n  }\n": typeof types.ProductVersionsDocument,
    "\n  mutation RegisterProductVersion($input: RegisterProductVersionInput!) {\n    registerProductVersion(input: $input) {\n      ...ProductVersionItem\n    }\n  }\n": typeof types.RegisterProductVersionDocument,
    "\n  mutation ConfirmProductVersion($versionId: ID!) {\n    confirmProductVersion(versionId: $versionId) {\n      ...ProductVersionItem\n    }\n  }\n": typeof types.ConfirmProductVersionDocument,
    "\n  mutation UseProductVersion($input: UseProductVersionInput!) {\n    useProductVersion(input: $input) {\n      ...ProjectCard\n      productVersion {\n        ...ProductVersionItem\n      }\n    }\n  }\n": typeof types.UseProductVersionDocument,
    "\n  fragment WaiverItem on Waiver {\n    id\n    step\n    reason\n    createdAt\n    waivedBy {\n      id\n      name\n    }\n  }\n": typeof types.WaiverItemFragmentDoc,
    "\n  mutation WaiveStep($input: WaiveStepInput!) {\n    waiveStep(input: $input) {\n      ...WaiverItem\n    }\n  }\n": typeof types.WaiveStepDocument,
    "\n  fragment WorkOrderRow on FaultWorkOrder {\n    id\n    title\n    status\n    projectName\n    createdAt\n    version\n    submittedBy {\n      id\n      name\n    }\n    lead {\n      id\n      name\n    }\n    viewerCan {\n      review\n      assignLead\n      addMembers\n      actions\n    }\n  }\n": typeof types.WorkOrderRowFragmentDoc,
    "\n  fragment WorkOrderDetail on FaultWorkOrder {\n    ...WorkOrderRow\n    environment\n    steps\n    symptoms\n    logs\n    rndAdvice\n    resubmissionNote\n    solution\n    disputeReason\n    conversionProposal\n    project {\n      id\n      name\n    }\n    members {\n      id\n      name\n    }\n    approval {\n      id\n      status\n      steps {\n        ...ApprovalStepItem\n      }\n    }\n    attachments {\n      id\n      fileName\n      contentType\n      size\n      url\n      createdAt\n      uploadedBy {\n        id\n        name\n      }\n    }\n  }\n": typeof types.WorkOrderDetailFragmentDoc,
    "\n  query WorkOrder($id: ID!) {\n    workOrder(id: $id) {\n      ...WorkOrderDetail\n    }\n  }\n": typeof types.WorkOrderDocument,
    "\n  mutation SubmitFaultWorkOrder($input: SubmitFaultWorkOrderInput!) {\n    submitFaultWorkOrder(input: $input) {\n      ...WorkOrderDetail\n    }\n  }\n": typeof types.SubmitFaultWorkOrderDocument,
    "\n  mutation ReviewFaultWorkOrder($input: ReviewFaultWorkOrderInput!) {\n    reviewFaultWorkOrder(input: $input) {\n      ...WorkOrderDetail\n    }\n  }\n": typeof types.ReviewFaultWorkOrderDocument,
    "\n  mutation ActOnWorkOrder($input: WorkOrderActionInput!) {\n    actOnWorkOrder(input: $input) {\n      ...WorkOrderDetail\n    }\n  }\n": typeof types.ActOnWorkOrderDocument,
    "\n  mutation AddWorkOrderMember($input: AddWorkOrderMemberInput!) {\n    addWorkOrderMember(input: $input) {\n      ...WorkOrderDetail\n    }\n  }\n": typeof types.AddWorkOrderMemberDocument,
    "\n  mutation AssignWorkOrderLead($input: AssignWorkOrderLeadInput!) {\n    assignWorkOrderLead(input: $input) {\n      ...WorkOrderDetail\n    }\n  }\n": typeof types.AssignWorkOrderLeadDocument,
};
const documents: Documents = {
    "\n  query LatestSeq {\n    latestSeq\n  }\n": types.LatestSeqDocument,
    "\n  mutation SetMyLanguage($language: String!) {\n    setMyLanguage(language: $language) {\n      id\n      language\n    }\n  }\n": types.SetMyLanguageDocument,
    "\n  fragment ApprovalItem on Approval {\n    id\n    kind\n    status\n    currentStep\n    createdAt\n    decidedAt\n    requestedBy {\n      id\n      name\n    }\n    project {\n      id\n      name\n    }\n    projectName\n    resourceRequest {\n      id\n      reason\n      candidate {\n        id\n        name\n      }\n    }\n    presalesApplication {\n      id\n      projectName\n      requirements\n      supportTypes\n      customer {\n        id\n        name\n      }\n    }\n    document {\n      id\n      title\n    }\n    workOrder {\n      id\n      title\n    }\n    steps {\n      ...ApprovalStepItem\n    }\n  }\n": types.ApprovalItemFragmentDoc,
    "\n  fragment ApprovalStepItem on ApprovalStep {\n    position\n    approverRole\n    status\n    comment\n    decidedAt\n    decidedBy {\n      id\n      name\n    }\n  }\n": types.ApprovalStepItemFragmentDoc,
    "\n  query ApprovalsInbox {\n    approvalsInbox {\n      ...ApprovalItem\n    }\n  }\n": types.ApprovalsInboxDocument,
    "\n  subscription ApprovalsInboxChanged {\n    approvalsInboxChanged {\n      seq\n    }\n  }\n": types.ApprovalsInboxChangedDocument,
    "\n  mutation DecideApproval($input: DecideApprovalInput!) {\n    decideApproval(input: $input) {\n      ...ApprovalItem\n    }\n  }\n": types.DecideApprovalDocument,
    "\n  mutation RequestResource($input: RequestResourceInput!) {\n    requestResource(input: $input) {\n      id\n      candidate {\n        id\n        name\n      }\n    }\n  }\n": types.RequestResourceDocument,
    "\n  query Me {\n    me {\n      id\n      name\n      email\n      roles\n    }\n  }\n": types.MeDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      id\n      name\n      email\n      roles\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  fragment ProjectCard on Project {\n    id\n    name\n    stage\n    version\n    stageChangedAt\n    customer {\n      id\n      name\n    }\n    responsibleSales {\n      id\n      name\n    }\n    firstPresales {\n      id\n      name\n    }\n    secondPresales {\n      id\n      name\n    }\n    supportTypes\n    viewerCan {\n      moveStage\n      nextStages\n    }\n    counters {\n      openRemainingIssues\n      pendingApprovals\n      openWorkOrders\n      openTickets\n      ticketsAtRisk\n    }\n  }\n": types.ProjectCardFragmentDoc,
    "\n  query Board {\n    projects {\n      ...ProjectCard\n    }\n    latestSeq\n  }\n": types.BoardDocument,
    "\n  subscription BoardChanged {\n    boardChanged {\n      seq\n      project {\n        ...ProjectCard\n      }\n    }\n  }\n": types.BoardChangedDocument,
    "\n  query ChangesSince($seq: Float!) {\n    changesSince(seq: $seq) {\n      events {\n        seq\n        projectId\n        project {\n          ...ProjectCard\n        }\n      }\n      cursor\n      hasMore\n    }\n  }\n": types.ChangesSinceDocument,
    "\n  mutation MoveProjectStage($input: MoveProjectStageInput!) {\n    moveProjectStage(input: $input) {\n      ...ProjectCard\n    }\n  }\n": types.MoveProjectStageDocument,
    "\n  fragment BugFeedbackItem on BugFeedback {\n    id\n    kind\n    title\n    description\n    status\n    testerNotes\n    createdAt\n    version\n    reportedBy {\n      id\n      name\n    }\n    tester {\n      id\n      name\n    }\n    project {\n      id\n      name\n    }\n    foundIn {\n      id\n      product\n      version\n    }\n    fixVersion {\n      id\n      product\n      version\n    }\n  }\n": types.BugFeedbackItemFragmentDoc,
    "\n  query OpenBugFeedback {\n    bugFeedback(open: true) {\n      ...BugFeedbackItem\n    }\n  }\n": types.OpenBugFeedbackDocument,
    "\n  subscription BugFeedbackChanged {\n    bugFeedbackChanged {\n      seq\n    }\n  }\n": types.BugFeedbackChangedDocument,
    "\n  mutation ReportBugFeedback($input: ReportBugFeedbackInput!) {\n    reportBugFeedback(input: $input) {\n      ...BugFeedbackItem\n    }\n  }\n": types.ReportBugFeedbackDocument,
    "\n  mutation ActOnBugFeedback($input: TesterActionInput!) {\n    actOnBugFeedback(input: $input) {\n      ...BugFeedbackItem\n    }\n  }\n": types.ActOnBugFeedbackDocument,
    "\n  fragment ComplaintRow on Complaint {\n    id\n    title\n    description\n    status\n    createdAt\n    decidedAt\n    decisionComment\n    project {\n      id\n      name\n    }\n    complainant {\n      id\n      name\n    }\n    respondent {\n      id\n      name\n    }\n    decidedBy {\n      id\n      name\n    }\n  }\n": types.ComplaintRowFragmentDoc,
    "\n  query Complaints {\n    complaints {\n      ...ComplaintRow\n    }\n  }\n": types.ComplaintsDocument,
    "\n  mutation FileComplaint($input: FileComplaintInput!) {\n    fileComplaint(input: $input) {\n      ...ComplaintRow\n    }\n  }\n": types.FileComplaintDocument,
    "\n  mutation DecideComplaint($input: DecideComplaintInput!) {\n    decideComplaint(input: $input) {\n      ...ComplaintRow\n    }\n  }\n": types.DecideComplaintDocument,
    "\n  query PerformanceLevel($userId: ID!, $month: String!) {\n    performanceLevel(userId: $userId, month: $month) {\n      userId\n      month\n      level\n      monthlyDeduction\n      permanentDeduction\n      upheldThisMonth\n      upheldTotal\n    }\n  }\n": types.PerformanceLevelDocument,
    "\n  fragment CustomerRow on Customer {\n    id\n    name\n    industry\n    address\n    openTicketCount\n    serviceExpiresOn\n    version\n  }\n": types.CustomerRowFragmentDoc,
    "\n  fragment CustomerProfileDetail on Customer {\n    ...CustomerRow\n    contacts {\n      id\n      name\n      title\n      phone\n      email\n      version\n    }\n    products {\n      id\n      product\n      version\n      serialNumber\n      purchasedOn\n      recordVersion\n    }\n    contracts {\n      id\n      number\n      startsOn\n      serviceExpiresOn\n      active\n      version\n      slaPolicy {\n        id\n        name\n      }\n    }\n    equipment {\n      id\n      name\n      model\n      serialNumber\n      location\n      version\n    }\n    tickets(limit: 100) {\n      id\n      number\n      title\n      status\n      priority\n      createdAt\n      assignee {\n        id\n        name\n      }\n    }\n    projects {\n      id\n      name\n      stage\n      createdAt\n    }\n  }\n": types.CustomerProfileDetailFragmentDoc,
    "\n  query CustomerList {\n    customers {\n      ...CustomerRow\n    }\n  }\n": types.CustomerListDocument,
    "\n  query CustomerProfile($id: ID!) {\n    customer(id: $id) {\n      ...CustomerProfileDetail\n    }\n  }\n": types.CustomerProfileDocument,
    "\n  query ContractSlaPolicies {\n    slaPolicies {\n      id\n      name\n      isDefault\n    }\n  }\n": types.ContractSlaPoliciesDocument,
    "\n  mutation CreateCustomer($input: CreateCustomerInput!) {\n    createCustomer(input: $input) {\n      ...CustomerRow\n    }\n  }\n": types.CreateCustomerDocument,
    "\n  mutation UpdateCustomer($input: UpdateCustomerInput!) {\n    updateCustomer(input: $input) {\n      ...CustomerRow\n    }\n  }\n": types.UpdateCustomerDocument,
    "\n  mutation SaveContact($input: SaveContactInput!) {\n    saveContact(input: $input) {\n      id\n    }\n  }\n": types.SaveContactDocument,
    "\n  mutation RemoveContact($id: ID!) {\n    removeContact(id: $id)\n  }\n": types.RemoveContactDocument,
    "\n  mutation SaveCustomerProduct($input: SaveCustomerProductInput!) {\n    saveCustomerProduct(input: $input) {\n      id\n    }\n  }\n": types.SaveCustomerProductDocument,
    "\n  mutation RemoveCustomerProduct($id: ID!) {\n    removeCustomerProduct(id: $id)\n  }\n": types.RemoveCustomerProductDocument,
    "\n  mutation SaveCustomerContract($input: SaveCustomerContractInput!) {\n    saveCustomerContract(input: $input) {\n      id\n    }\n  }\n": types.SaveCustomerContractDocument,
    "\n  mutation RemoveCustomerContract($id: ID!) {\n    removeCustomerContract(id: $id)\n  }\n": types.RemoveCustomerContractDocument,
    "\n  mutation SaveCustomerEquipment($input: SaveCustomerEquipmentInput!) {\n    saveCustomerEquipment(input: $input) {\n      id\n    }\n  }\n": types.SaveCustomerEquipmentDocument,
    "\n  mutation RemoveCustomerEquipment($id: ID!) {\n    removeCustomerEquipment(id: $id)\n  }\n": types.RemoveCustomerEquipmentDocument,
    "\n  mutation CreatePortalUser($input: CreatePortalUserInput!) {\n    createPortalUser(input: $input) {\n      id\n      name\n      email\n    }\n  }\n": types.CreatePortalUserDocument,
    "\n  query ServiceDeskDashboard($filter: DashboardFilter!) {\n    serviceDeskFigures(filter: $filter) {\n      tickets\n      resolved\n      slaAttainment {\n        priority\n        tickets\n        responseMet\n        responseBreached\n        responseRate\n        resolutionMet\n        resolutionBreached\n        resolutionRate\n      }\n      firstResponseMinutes {\n        count\n        median\n        p90\n      }\n      resolutionMinutes {\n        count\n        median\n        p90\n      }\n      resolutionRate\n      firstContactResolution\n      reopenRate\n      satisfaction {\n        answered\n        responseSpeed\n        resolution\n        professionalism\n        attitude\n      }\n    }\n  }\n": types.ServiceDeskDashboardDocument,
    "\n  query SatisfactionDashboard($filter: DashboardFilter!) {\n    satisfactionFigures(filter: $filter) {\n      overall {\n        answered\n        responseSpeed\n        resolution\n        professionalism\n        attitude\n      }\n      perEngineer {\n        engineerId\n        engineerName\n        answered\n        responseSpeed\n        resolution\n        professionalism\n        attitude\n        overall\n      }\n      trend {\n        month\n        answered\n        responseSpeed\n        resolution\n        professionalism\n        attitude\n        overall\n      }\n    }\n  }\n": types.SatisfactionDashboardDocument,
    "\n  query WorkloadDashboard($filter: DashboardFilter!) {\n    workloadFigures(filter: $filter) {\n      engineerId\n      engineerName\n      openTickets\n      firstPresalesProjects\n      secondPresalesProjects\n      trackingEntries\n      reportsFiled\n      reportsLate\n      reportsMissing\n      complaintsFiled\n      complaintsUpheld\n      performanceLevel\n    }\n  }\n": types.WorkloadDashboardDocument,
    "\n  query RndDashboard($filter: RndFilter!) {\n    rndFigures(filter: $filter) {\n      workOrdersByState {\n        status\n        count\n        averageAgeDays\n        oldestAgeDays\n      }\n      hoursToAssign {\n        count\n        median\n        p90\n      }\n      hoursToClose {\n        count\n        median\n        p90\n      }\n      projectCosts {\n        projectId\n        projectName\n        improvementRequests\n        openImprovementRequests\n        rndHours\n        thresholdHours\n        bonusAfterRndCost\n      }\n    }\n  }\n": types.RndDashboardDocument,
    "\n  query RndDashboardProjects {\n    projects {\n      id\n      name\n    }\n  }\n": types.RndDashboardProjectsDocument,
    "\n  fragment WorkReportFields on WorkReport {\n    id\n    month\n    scope\n    engineerId\n    engineerName\n    generatedAt\n    generatedBy\n    figures {\n      ...WorkReportFiguresFields\n    }\n    problems {\n      kind\n      count\n      detail\n    }\n    members {\n      engineerId\n      engineerName\n      figures {\n        ...WorkReportFiguresFields\n      }\n    }\n  }\n\n  fragment WorkReportFiguresFields on WorkReportFigures {\n    ticketsAssigned\n    ticketsResolved\n    responseMet\n    responseBreached\n    resolutionMet\n    resolutionBreached\n    satisfactionAnswered\n    satisfactionAverage\n    reportsFiled\n    trackingEntries\n    projectsSupported\n    workOrdersSubmitted\n    improvementRequests\n    complaintsUpheld\n    performanceLevel\n  }\n": types.WorkReportFieldsFragmentDoc,
    "\n  query WorkReport($month: String!, $engineerId: ID) {\n    workReport(month: $month, engineerId: $engineerId) {\n      ...WorkReportFields\n    }\n  }\n": types.WorkReportDocument,
    "\n  mutation GenerateWorkReport($month: String!, $engineerId: ID) {\n    generateWorkReport(month: $month, engineerId: $engineerId) {\n      ...WorkReportFields\n    }\n  }\n": types.GenerateWorkReportDocument,
    "\n  subscription DashboardChanged {\n    dashboardChanged {\n      seq\n      kind\n    }\n  }\n": types.DashboardChangedDocument,
    "\n  fragment DocumentItem on ProjectDocument {\n    id\n    kind\n    title\n    status\n    revision\n    version\n    internal\n    body\n    salesPart\n    technicalPart\n    rejectionReason\n    customerSignedBy\n    customerSignedAt\n    createdAt\n    updatedAt\n    createdBy {\n      id\n      name\n    }\n    reviewedBy {\n      id\n      name\n    }\n    tasks {\n      title\n      start\n      end\n    }\n    revisions {\n      revision\n      outcome\n      rejectionReason\n      submittedAt\n      submittedBy {\n        id\n        name\n      }\n    }\n    approval {\n      id\n      status\n      steps {\n        ...ApprovalStepItem\n      }\n    }\n  }\n": types.DocumentItemFragmentDoc,
    "\n  query ProjectDocuments($id: ID!) {\n    project(id: $id) {\n      id\n      documents {\n        ...DocumentItem\n      }\n    }\n  }\n": types.ProjectDocumentsDocument,
    "\n  mutation CreateProjectDocument($input: CreateProjectDocumentInput!) {\n    createProjectDocument(input: $input) {\n      ...DocumentItem\n    }\n  }\n": types.CreateProjectDocumentDocument,
    "\n  mutation UpdateProjectDocument($input: UpdateProjectDocumentInput!) {\n    updateProjectDocument(input: $input) {\n      ...DocumentItem\n    }\n  }\n": types.UpdateProjectDocumentDocument,
    "\n  mutation SubmitProjectDocument($input: DocumentVersionInput!) {\n    submitProjectDocument(input: $input) {\n      ...DocumentItem\n    }\n  }\n": types.SubmitProjectDocumentDocument,
    "\n  mutation ReviewProjectDocument($input: ReviewProjectDocumentInput!) {\n    reviewProjectDocument(input: $input) {\n      ...DocumentItem\n    }\n  }\n": types.ReviewProjectDocumentDocument,
    "\n  mutation RecordCustomerSignature($input: RecordCustomerSignatureInput!) {\n    recordCustomerSignature(input: $input) {\n      ...DocumentItem\n    }\n  }\n": types.RecordCustomerSignatureDocument,
    "\n  fragment ImprovementItem on ImprovementRequest {\n    id\n    sequence\n    title\n    description\n    status\n    projectName\n    salesAgreedAt\n    decisionComment\n    rndMinutes\n    createdAt\n    version\n    issuedBy {\n      id\n      name\n    }\n    rndLead {\n      id\n      name\n    }\n  }\n": types.ImprovementItemFragmentDoc,
    "\n  mutation IssueImprovementRequest($input: IssueImprovementRequestInput!) {\n    issueImprovementRequest(input: $input) {\n      ...ImprovementItem\n    }\n  }\n": types.IssueImprovementRequestDocument,
    "\n  mutation AgreeToImprovementRequest($input: ImprovementStepInput!) {\n    agreeToImprovementRequest(input: $input) {\n      ...ImprovementItem\n    }\n  }\n": types.AgreeToImprovementRequestDocument,
    "\n  mutation DeclineImprovementRequest($input: DeclineImprovementRequestInput!) {\n    declineImprovementRequest(input: $input) {\n      ...ImprovementItem\n    }\n  }\n": types.DeclineImprovementRequestDocument,
    "\n  mutation DecideImprovementRequest($input: DecideImprovementRequestInput!) {\n    decideImprovementRequest(input: $input) {\n      ...ImprovementItem\n    }\n  }\n": types.DecideImprovementRequestDocument,
    "\n  mutation LogRndTime($input: LogRndTimeInput!) {\n    logRndTime(input: $input) {\n      id\n      minutes\n    }\n  }\n": types.LogRndTimeDocument,
    "\n  mutation CompleteImprovementRequest($input: CompleteImprovementRequestInput!) {\n    completeImprovementRequest(input: $input) {\n      ...ImprovementItem\n    }\n  }\n": types.CompleteImprovementRequestDocument,
    "\n  fragment KnowledgeArticleRow on KnowledgeArticle {\n    id\n    title\n    product\n    status\n    version\n    updatedAt\n    publishedAt\n    author {\n      id\n      name\n    }\n  }\n": types.KnowledgeArticleRowFragmentDoc,
    "\n  fragment KnowledgeArticleDetail on KnowledgeArticle {\n    ...KnowledgeArticleRow\n    cause\n    solution\n    steps\n    lessons\n    createdAt\n    reviewedBy {\n      id\n      name\n    }\n    sourceTicket {\n      id\n      number\n      title\n    }\n    revisions {\n      id\n      number\n      title\n      createdAt\n      editedBy {\n        id\n        name\n      }\n    }\n    viewerCan {\n      edit\n      review\n      publish\n    }\n  }\n": types.KnowledgeArticleDetailFragmentDoc,
    "\n  query KnowledgeArticles($search: String, $statuses: [ArticleStatus!], $limit: Int!) {\n    knowledgeArticles(search: $search, statuses: $statuses, limit: $limit) {\n      ...KnowledgeArticleRow\n    }\n  }\n": types.KnowledgeArticlesDocument,
    "\n  query KnowledgeArticle($id: ID!) {\n    knowledgeArticle(id: $id) {\n      ...KnowledgeArticleDetail\n    }\n  }\n": types.KnowledgeArticleDocument,
    "\n  mutation CreateKnowledgeArticle($input: CreateKnowledgeArticleInput!) {\n    createKnowledgeArticle(input: $input) {\n      ...KnowledgeArticleDetail\n    }\n  }\n": types.CreateKnowledgeArticleDocument,
    "\n  mutation EditKnowledgeArticle($input: EditKnowledgeArticleInput!) {\n    editKnowledgeArticle(input: $input) {\n      ...KnowledgeArticleDetail\n    }\n  }\n": types.EditKnowledgeArticleDocument,
    "\n  mutation ReviewKnowledgeArticle($id: ID!, $expectedVersion: Int!) {\n    reviewKnowledgeArticle(id: $id, expectedVersion: $expectedVersion) {\n      ...KnowledgeArticleDetail\n    }\n  }\n": types.ReviewKnowledgeArticleDocument,
    "\n  mutation PublishKnowledgeArticle($id: ID!, $expectedVersion: Int!) {\n    publishKnowledgeArticle(id: $id, expectedVersion: $expectedVersion) {\n      ...KnowledgeArticleDetail\n    }\n  }\n": types.PublishKnowledgeArticleDocument,
    "\n  fragment NotificationItem on Notification {\n    id\n    rule\n    recipientRole\n    subject\n    link\n    readAt\n    createdAt\n  }\n": types.NotificationItemFragmentDoc,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": types.UnreadNotificationCountDocument,
    "\n  query Notifications($unreadOnly: Boolean!, $limit: Int!) {\n    notifications(unreadOnly: $unreadOnly, limit: $limit) {\n      ...NotificationItem\n    }\n  }\n": types.NotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n": types.MarkNotificationsReadDocument,
    "\n  subscription NotificationsChanged {\n    notificationsChanged {\n      seq\n      unread\n    }\n  }\n": types.NotificationsChangedDocument,
    "\n  query NotificationChoices {\n    notificationChoices {\n      rule\n      mandatory\n      choice\n    }\n  }\n": types.NotificationChoicesDocument,
    "\n  mutation ChooseNotificationDelivery($rule: String!, $choice: DeliveryChoice!) {\n    chooseNotificationDelivery(rule: $rule, choice: $choice) {\n      rule\n      mandatory\n      choice\n    }\n  }\n": types.ChooseNotificationDeliveryDocument,
    "\n  query Outbox($limit: Int!) {\n    outbox(limit: $limit) {\n      id\n      rule\n      to\n      cc\n      subject\n      body\n      language\n      status\n      attempts\n      lastError\n      sentAt\n      createdAt\n    }\n  }\n": types.OutboxDocument,
    "\n  query PresalesPeople {\n    users(role: PRESALES) {\n      id\n      name\n    }\n  }\n": types.PresalesPeopleDocument,
    "\n  query RndPeople {\n    users(role: RND) {\n      id\n      name\n    }\n  }\n": types.RndPeopleDocument,
    "\n  fragment PresalesApplicationItem on PresalesApplication {\n    id\n    projectName\n    requirements\n    supportTypes\n    wantedStart\n    wantedEnd\n    createdAt\n    customer {\n      id\n      name\n    }\n    requestedBy {\n      id\n      name\n    }\n    assignedPresales {\n      id\n      name\n    }\n    project {\n      id\n      name\n    }\n    approval {\n      id\n      status\n      currentStep\n      steps {\n        ...ApprovalStepItem\n      }\n    }\n  }\n": types.PresalesApplicationItemFragmentDoc,
    "\n  query PresalesApplications {\n    presalesApplications {\n      ...PresalesApplicationItem\n    }\n  }\n": types.PresalesApplicationsDocument,
    "\n  mutation ApplyForPresalesSupport($input: ApplyForPresalesSupportInput!) {\n    applyForPresalesSupport(input: $input) {\n      ...PresalesApplicationItem\n    }\n  }\n": types.ApplyForPresalesSupportDocument,
    "\n  subscription Presence($recordType: PresenceRecordType!, $recordId: ID!) {\n    presence(recordType: $recordType, recordId: $recordId) {\n      recordType\n      recordId\n      viewers {\n        user {\n          id\n          name\n        }\n        editing\n        since\n      }\n    }\n  }\n": types.PresenceDocument,
    "\n  mutation SetEditing($recordType: PresenceRecordType!, $recordId: ID!, $form: String) {\n    setEditing(recordType: $recordType, recordId: $recordId, form: $form)\n  }\n": types.SetEditingDocument,
    "\n  query ProjectPage($id: ID!) {\n    project(id: $id) {\n      ...ProjectCard\n      createdAt\n      members {\n        role\n        user {\n          id\n          name\n          email\n        }\n      }\n      initiation {\n        id\n        revision\n        projectName\n        customer {\n          id\n          name\n        }\n        responsibleSales {\n          id\n          name\n        }\n        firstPresales {\n          id\n          name\n        }\n        secondPresales {\n          id\n          name\n        }\n        supportTypes\n        requirements\n        wantedStart\n        wantedEnd\n        submittedBy {\n          id\n          name\n        }\n        submittedAt\n      }\n      reports {\n        ...ReportItem\n      }\n      remainingIssues {\n        ...RemainingIssueRow\n      }\n      supportRequests {\n        ...SupportRequestItem\n      }\n      tasks {\n        ...ProjectTaskItem\n      }\n      approvals {\n        ...ApprovalItem\n      }\n      waivers {\n        ...WaiverItem\n      }\n      hasOpenProblem\n      timeline {\n        ...TimelineEvent\n      }\n    }\n    latestSeq\n  }\n": types.ProjectPageDocument,
    "\n  fragment TimelineEvent on ActivityEvent {\n    seq\n    type\n    entityType\n    entityId\n    payload\n    createdAt\n    actor {\n      id\n      name\n    }\n  }\n": types.TimelineEventFragmentDoc,
    "\n  subscription ProjectActivity($projectId: ID!) {\n    projectActivity(projectId: $projectId) {\n      seq\n      type\n    }\n  }\n": types.ProjectActivityDocument,
    "\n  query InitiationOptions {\n    customers {\n      id\n      name\n      industry\n    }\n    salesPeople: users(role: SALES) {\n      id\n      name\n    }\n    presalesPeople: users(role: PRESALES) {\n      id\n      name\n    }\n  }\n": types.InitiationOptionsDocument,
    "\n  mutation InitiateProject($input: InitiateProjectInput!) {\n    initiateProject(input: $input) {\n      ...ProjectCard\n    }\n  }\n": types.InitiateProjectDocument,
    "\n  fragment RemainingIssueRow on RemainingIssue {\n    id\n    description\n    status\n    severeBug\n    failedAttempts\n    resolution\n    createdAt\n    version\n    owner {\n      id\n      name\n    }\n    attempts {\n      id\n      whatWasTried\n      result\n      succeeded\n      createdAt\n      triedBy {\n        id\n        name\n      }\n    }\n  }\n": types.RemainingIssueRowFragmentDoc,
    "\n  mutation RecordIssueAttempt($input: RecordIssueAttemptInput!) {\n    recordIssueAttempt(input: $input) {\n      id\n    }\n  }\n": types.RecordIssueAttemptDocument,
    "\n  mutation MarkObviousSevereBug($input: RemainingIssueStepInput!) {\n    markObviousSevereBug(input: $input) {\n      ...RemainingIssueRow\n    }\n  }\n": types.MarkObviousSevereBugDocument,
    "\n  mutation ResolveRemainingIssue($input: ResolveRemainingIssueInput!) {\n    resolveRemainingIssue(input: $input) {\n      ...RemainingIssueRow\n    }\n  }\n": types.ResolveRemainingIssueDocument,
    "\n  fragment ReportItem on CommunicationReport {\n    id\n    title\n    result\n    method\n    channel\n    communicator\n    communicatedAt\n    problemsHandled\n    remainingProblems\n    writtenRequestedAt\n    createdAt\n    author {\n      id\n      name\n    }\n  }\n": types.ReportItemFragmentDoc,
    "\n  mutation FileCommunicationReport($input: FileCommunicationReportInput!) {\n    fileCommunicationReport(input: $input) {\n      ...ReportItem\n    }\n  }\n": types.FileCommunicationReportDocument,
    "\n  mutation RequestWrittenReport($reportId: ID!) {\n    requestWrittenReport(reportId: $reportId) {\n      ...ReportItem\n    }\n  }\n": types.RequestWrittenReportDocument,
    "\n  query ProjectRnd($id: ID!) {\n    project(id: $id) {\n      id\n      productVersion {\n        ...ProductVersionItem\n      }\n      rndCost {\n        minutes\n        thresholdHours\n        bonusAfterRndCost\n      }\n      improvementRequests {\n        ...ImprovementItem\n      }\n      workOrders {\n        ...WorkOrderRow\n      }\n    }\n  }\n": types.ProjectRndDocument,
    "\n  query RndQueue {\n    rndQueue {\n      ...WorkOrderRow\n    }\n    improvementQueue {\n      ...ImprovementItem\n    }\n  }\n": types.RndQueueDocument,
    "\n  subscription RndQueueChanged {\n    rndQueueChanged {\n      seq\n    }\n  }\n": types.RndQueueChangedDocument,
    "\n  fragment BusinessCalendarItem on BusinessCalendar {\n    id\n    name\n    timeZone\n    workingWeekdays\n    holidays\n    makeUpWorkdays\n    version\n    periods {\n      start\n      end\n    }\n  }\n": types.BusinessCalendarItemFragmentDoc,
    "\n  fragment SlaPolicyItem on SlaPolicy {\n    id\n    name\n    isDefault\n    warnAtShare\n    version\n    calendar {\n      id\n      name\n    }\n    targets {\n      priority\n      responseMinutes\n      resolutionMinutes\n    }\n  }\n": types.SlaPolicyItemFragmentDoc,
    "\n  query SlaAdmin {\n    businessCalendars {\n      ...BusinessCalendarItem\n    }\n    slaPolicies {\n      ...SlaPolicyItem\n    }\n  }\n": types.SlaAdminDocument,
    "\n  mutation SaveBusinessCalendar($input: SaveBusinessCalendarInput!) {\n    saveBusinessCalendar(input: $input) {\n      ...BusinessCalendarItem\n    }\n  }\n": types.SaveBusinessCalendarDocument,
    "\n  mutation SaveSlaPolicy($input: SaveSlaPolicyInput!) {\n    saveSlaPolicy(input: $input) {\n      ...SlaPolicyItem\n    }\n  }\n": types.SaveSlaPolicyDocument,
    "\n  fragment SupportRequestItem on SupportRequest {\n    id\n    content\n    status\n    holder\n    dueAt\n    proposedFor\n    version\n    createdAt\n    updatedAt\n    requestedBy {\n      id\n      name\n    }\n    responsibleForFailure {\n      id\n      name\n    }\n    handoffs {\n      id\n      content\n      scope\n      handoffAt\n      result\n      resolved\n      createdAt\n    }\n  }\n": types.SupportRequestItemFragmentDoc,
    "\n  mutation RequestSupport($input: RequestSupportInput!) {\n    requestSupport(input: $input) {\n      ...SupportRequestItem\n    }\n  }\n": types.RequestSupportDocument,
    "\n  mutation ActOnSupportRequest($input: SupportActionInput!) {\n    actOnSupportRequest(input: $input) {\n      ...SupportRequestItem\n    }\n  }\n": types.ActOnSupportRequestDocument,
    "\n  query SurveyByToken($token: String!) {\n    surveyByToken(token: $token) {\n      ticketNumber\n      ticketTitle\n      answered\n    }\n  }\n": types.SurveyByTokenDocument,
    "\n  mutation AnswerSatisfactionSurveyByToken($input: AnswerSatisfactionSurveyByTokenInput!) {\n    answerSatisfactionSurveyByToken(input: $input) {\n      ticketNumber\n      ticketTitle\n      answered\n    }\n  }\n": types.AnswerSatisfactionSurveyByTokenDocument,
    "\n  fragment ProjectTaskItem on ProjectTask {\n    id\n    kind\n    description\n    dueOn\n    status\n    result\n    completedAt\n    createdAt\n    version\n    assignee {\n      id\n      name\n    }\n    createdBy {\n      id\n      name\n    }\n  }\n": types.ProjectTaskItemFragmentDoc,
    "\n  query MyTasks {\n    myTasks {\n      ...ProjectTaskItem\n      project {\n        id\n        name\n      }\n    }\n  }\n": types.MyTasksDocument,
    "\n  subscription MyTasksChanged {\n    myTasksChanged {\n      seq\n    }\n  }\n": types.MyTasksChangedDocument,
    "\n  mutation RequestInfo($input: RequestInfoInput!) {\n    requestInfo(input: $input) {\n      ...ProjectTaskItem\n    }\n  }\n": types.RequestInfoDocument,
    "\n  mutation RequestUpgrade($input: RequestUpgradeInput!) {\n    requestUpgrade(input: $input) {\n      ...ProjectTaskItem\n    }\n  }\n": types.RequestUpgradeDocument,
    "\n  mutation CompleteProjectTask($input: CompleteProjectTaskInput!) {\n    completeProjectTask(input: $input) {\n      ...ProjectTaskItem\n    }\n  }\n": types.CompleteProjectTaskDocument,
    "\n  fragment SlaClockItem on SlaClock {\n    id\n    kind\n    state\n    pauseReason\n    startedAt\n    dueAt\n    targetMinutes\n    businessMinutesLeft\n    businessMinutesUsed\n    stoppedAt\n    warnedAt\n    breachedAt\n  }\n": types.SlaClockItemFragmentDoc,
    "\n  fragment TicketRow on Ticket {\n    id\n    number\n    title\n    status\n    priority\n    tier\n    channel\n    category\n    createdAt\n    version\n    customer {\n      id\n      name\n    }\n    assignee {\n      id\n      name\n    }\n    slaClocks {\n      ...SlaClockItem\n    }\n  }\n": types.TicketRowFragmentDoc,
    "\n  fragment TicketMessageItem on TicketMessage {\n    id\n    body\n    internal\n    createdAt\n    author {\n      id\n      name\n    }\n  }\n": types.TicketMessageItemFragmentDoc,
    "\n  fragment SurveyResultItem on SatisfactionSurvey {\n    id\n    answered\n    answeredAt\n    responseSpeed\n    resolution\n    professionalism\n    attitude\n    comment\n  }\n": types.SurveyResultItemFragmentDoc,
    "\n  fragment TicketDetail on Ticket {\n    ...TicketRow\n    description\n    product\n    productVersion\n    module\n    occurredAt\n    frequency\n    steps\n    errorText\n    solution\n    reopenCount\n    acknowledgedAt\n    resolvedAt\n    closedAt\n    customerConfirmedAt\n    contact {\n      id\n      name\n      phone\n      email\n    }\n    project {\n      id\n      name\n    }\n    createdBy {\n      id\n      name\n    }\n    messages {\n      ...TicketMessageItem\n    }\n    writeUp {\n      cause\n      solution\n      steps\n      lessons\n    }\n    survey {\n      ...SurveyResultItem\n    }\n    attachments {\n      id\n      fileName\n      size\n      url\n      createdAt\n      uploadedBy {\n        id\n        name\n      }\n    }\n    viewerCan {\n      actions\n      reply\n      addInternalNote\n      assign\n      escalateTo\n      changePriority\n    }\n  }\n": types.TicketDetailFragmentDoc,
    "\n  query Tickets($filter: TicketFilter) {\n    tickets(filter: $filter) {\n      ...TicketRow\n    }\n  }\n": types.TicketsDocument,
    "\n  query WaitingTickets {\n    mine: tickets(filter: { mine: true }) {\n      id\n    }\n    unassigned: tickets(filter: { unassigned: true }) {\n      id\n    }\n  }\n": types.WaitingTicketsDocument,
    "\n  query Ticket($id: ID!) {\n    ticket(id: $id) {\n      ...TicketDetail\n    }\n  }\n": types.TicketDocument,
    "\n  subscription TicketsChanged {\n    ticketsChanged {\n      seq\n      ticketId\n    }\n  }\n": types.TicketsChangedDocument,
    "\n  subscription TicketChanged($ticketId: ID!) {\n    ticketsChanged(ticketId: $ticketId) {\n      seq\n      ticketId\n      type\n      action\n    }\n  }\n": types.TicketChangedDocument,
    "\n  query TicketIntakeOptions {\n    customers {\n      id\n      name\n    }\n    projects {\n      id\n      name\n      customer {\n        id\n      }\n    }\n  }\n": types.TicketIntakeOptionsDocument,
    "\n  query TicketEngineers {\n    users(role: PRESALES) {\n      id\n      name\n      senior\n    }\n  }\n": types.TicketEngineersDocument,
    "\n  mutation CreateTicket($input: CreateTicketInput!) {\n    createTicket(input: $input) {\n      ...TicketDetail\n    }\n  }\n": types.CreateTicketDocument,
    "\n  mutation TicketStep($input: TicketStepInput!) {\n    ticketStep(input: $input) {\n      ...TicketDetail\n    }\n  }\n": types.TicketStepDocument,
    "\n  mutation AddTicketMessage($input: TicketMessageInput!) {\n    addTicketMessage(input: $input) {\n      ...TicketMessageItem\n    }\n  }\n": types.AddTicketMessageDocument,
    "\n  mutation AssignTicket($input: AssignTicketInput!) {\n    assignTicket(input: $input) {\n      ...TicketDetail\n    }\n  }\n": types.AssignTicketDocument,
    "\n  mutation EscalateTicket($input: EscalateTicketInput!) {\n    escalateTicket(input: $input) {\n      ...TicketDetail\n    }\n  }\n": types.EscalateTicketDocument,
    "\n  mutation ChangeTicketPriority($input: ChangeTicketPriorityInput!) {\n    changeTicketPriority(input: $input) {\n      ...TicketDetail\n    }\n  }\n": types.ChangeTicketPriorityDocument,
    "\n  query ProjectTickets($id: ID!) {\n    project(id: $id) {\n      id\n      tickets {\n        id\n        number\n        title\n        status\n        priority\n        createdAt\n        slaClocks {\n          ...SlaClockItem\n        }\n        assignee {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ProjectTicketsDocument,
    "\n  query CustomerContacts($id: ID!) {\n    customer(id: $id) {\n      id\n      contacts {\n        id\n        name\n        title\n      }\n    }\n  }\n": types.CustomerContactsDocument,
    "\n  query SuggestKnowledgeArticles($text: String!) {\n    suggestKnowledgeArticles(text: $text, limit: 5) {\n      id\n      title\n      cause\n      solution\n    }\n  }\n": types.SuggestKnowledgeArticlesDocument,
    "\n  query MyOrganisation {\n    myOrganisation {\n      id\n      name\n      contacts {\n        id\n        name\n        title\n      }\n    }\n  }\n": types.MyOrganisationDocument,
    "\n  mutation AnswerSatisfactionSurvey($input: AnswerSatisfactionSurveyInput!) {\n    answerSatisfactionSurvey(input: $input) {\n      ...SurveyResultItem\n    }\n  }\n": types.AnswerSatisfactionSurveyDocument,
    "\n  query MyTrackingTable($month: String!) {\n    myTrackingTable(month: $month) {\n      id\n      entryDate\n      content\n      supportRole\n      project {\n        id\n        name\n      }\n      supporter {\n        id\n        name\n      }\n    }\n  }\n": types.MyTrackingTableDocument,
    "\n  fragment UninitiatedWorkItem on UninitiatedWork {\n    id\n    projectName\n    description\n    status\n    reminders\n    lastRemindedAt\n    stoppedAt\n    createdAt\n    version\n    customer {\n      id\n      name\n    }\n    presales {\n      id\n      name\n    }\n    sales {\n      id\n      name\n    }\n    responsibleForDelay {\n      id\n      name\n    }\n    project {\n      id\n      name\n    }\n  }\n": types.UninitiatedWorkItemFragmentDoc,
    "\n  query UninitiatedWork {\n    uninitiatedWork {\n      ...UninitiatedWorkItem\n    }\n  }\n": types.UninitiatedWorkDocument,
    "\n  subscription UninitiatedWorkChanged {\n    uninitiatedWorkChanged {\n      seq\n    }\n  }\n": types.UninitiatedWorkChangedDocument,
    "\n  mutation RecordUninitiatedWork($input: RecordUninitiatedWorkInput!) {\n    recordUninitiatedWork(input: $input) {\n      ...UninitiatedWorkItem\n    }\n  }\n": types.RecordUninitiatedWorkDocument,
    "\n  mutation RemindSalesToInitiate($input: UninitiatedWorkStepInput!) {\n    remindSalesToInitiate(input: $input) {\n      ...UninitiatedWorkItem\n    }\n  }\n": types.RemindSalesToInitiateDocument,
    "\n  mutation StopUninitiatedSupport($input: UninitiatedWorkStepInput!) {\n    stopUninitiatedSupport(input: $input) {\n      ...UninitiatedWorkItem\n    }\n  }\n": types.StopUninitiatedSupportDocument,
    "\n  mutation LinkInitiatedProject($input: LinkInitiatedProjectInput!) {\n    linkInitiatedProject(input: $input) {\n      ...UninitiatedWorkItem\n    }\n  }\n": types.LinkInitiatedProjectDocument,
    "\n  fragment ProductVersionItem on ProductVersion {\n    id\n    product\n    version\n    kind\n    confirmedAt\n    createdAt\n    confirmedBy {\n      id\n      name\n    }\n  }\n": types.ProductVersionItemFragmentDoc,
    "\n  query ProductVersions {\n    productVersions {\n      ...ProductVersionItem\n    }\n  }\n": types.ProductVersionsDocument,
    "\n  mutation RegisterProductVersion($input: RegisterProductVersionInput!) {\n    registerProductVersion(input: $input) {\n      ...ProductVersionItem\n    }\n  }\n": types.RegisterProductVersionDocument,
    "\n  mutation ConfirmProductVersion($versionId: ID!) {\n    confirmProductVersion(versionId: $versionId) {\n      ...ProductVersionItem\n    }\n  }\n": types.ConfirmProductVersionDocument,
    "\n  mutation UseProductVersion($input: UseProductVersionInput!) {\n    useProductVersion(input: $input) {\n      ...ProjectCard\n      productVersion {\n        ...ProductVersionItem\n      }\n    }\n  }\n": types.UseProductVersionDocument,
    "\n  fragment WaiverItem on Waiver {\n    id\n    step\n    reason\n    createdAt\n    waivedBy {\n      id\n      name\n    }\n  }\n": types.WaiverItemFragmentDoc,
    "\n  mutation WaiveStep($input: WaiveStepInput!) {\n    waiveStep(input: $input) {\n      ...WaiverItem\n    }\n  }\n": types.WaiveStepDocument,
    "\n  fragment WorkOrderRow on FaultWorkOrder {\n    id\n    title\n    status\n    projectName\n    createdAt\n    version\n    submittedBy {\n      id\n      name\n    }\n    lead {\n      id\n      name\n    }\n    viewerCan {\n      review\n      assignLead\n      addMembers\n      actions\n    }\n  }\n": types.WorkOrderRowFragmentDoc,
    "\n  fragment WorkOrderDetail on FaultWorkOrder {\n    ...WorkOrderRow\n    environment\n    steps\n    symptoms\n    logs\n    rndAdvice\n    resubmissionNote\n    solution\n    disputeReason\n    conversionProposal\n    project {\n      id\n      name\n    }\n    members {\n      id\n      name\n    }\n    approval {\n      id\n      status\n      steps {\n        ...ApprovalStepItem\n      }\n    }\n    attachments {\n      id\n      fileName\n      contentType\n      size\n      url\n      createdAt\n      uploadedBy {\n        id\n        name\n      }\n    }\n  }\n": types.WorkOrderDetailFragmentDoc,
    "\n  query WorkOrder($id: ID!) {\n    workOrder(id: $id) {\n      ...WorkOrderDetail\n    }\n  }\n": types.WorkOrderDocument,
    "\n  mutation SubmitFaultWorkOrder($input: SubmitFaultWorkOrderInput!) {\n    submitFaultWorkOrder(input: $input) {\n      ...WorkOrderDetail\n    }\n  }\n": types.SubmitFaultWorkOrderDocument,
    "\n  mutation ReviewFaultWorkOrder($input: ReviewFaultWorkOrderInput!) {\n    reviewFaultWorkOrder(input: $input) {\n      ...WorkOrderDetail\n    }\n  }\n": types.ReviewFaultWorkOrderDocument,
    "\n  mutation ActOnWorkOrder($input: WorkOrderActionInput!) {\n    actOnWorkOrder(input: $input) {\n      ...WorkOrderDetail\n    }\n  }\n": types.ActOnWorkOrderDocument,
    "\n  mutation AddWorkOrderMember($input: AddWorkOrderMemberInput!) {\n    addWorkOrderMember(input: $input) {\n      ...WorkOrderDetail\n    }\n  }\n": types.AddWorkOrderMemberDocument,
    "\n  mutation AssignWorkOrderLead($input: AssignWorkOrderLeadInput!) {\n    assignWorkOrderLead(input: $input) {\n      ...WorkOrderDetail\n    }\n  }\n": types.AssignWorkOrderLeadDocument,
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
export function graphql(source: "\n  query LatestSeq {\n    latestSeq\n  }\n"): (typeof documents)["\n  query LatestSeq {\n    latestSeq\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMyLanguage($language: String!) {\n    setMyLanguage(language: $language) {\n      id\n      language\n    }\n  }\n"): (typeof documents)["\n  mutation SetMyLanguage($language: String!) {\n    setMyLanguage(language: $language) {\n      id\n      language\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApprovalItem on Approval {\n    id\n    kind\n    status\n    currentStep\n    createdAt\n    decidedAt\n    requestedBy {\n      id\n      name\n    }\n    project {\n      id\n      name\n    }\n    projectName\n    resourceRequest {\n      id\n      reason\n      candidate {\n        id\n        name\n      }\n    }\n    presalesApplication {\n      id\n      projectName\n      requirements\n      supportTypes\n      customer {\n        id\n        name\n      }\n    }\n    document {\n      id\n      title\n    }\n    workOrder {\n      id\n      title\n    }\n    steps {\n      ...ApprovalStepItem\n    }\n  }\n"): (typeof documents)["\n  fragment ApprovalItem on Approval {\n    id\n    kind\n    status\n    currentStep\n    createdAt\n    decidedAt\n    requestedBy {\n      id\n      name\n    }\n    project {\n      id\n      name\n    }\n    projectName\n    resourceRequest {\n      id\n      reason\n      candidate {\n        id\n        name\n      }\n    }\n    presalesApplication {\n      id\n      projectName\n      requirements\n      supportTypes\n      customer {\n        id\n        name\n      }\n    }\n    document {\n      id\n      title\n    }\n    workOrder {\n      id\n      title\n    }\n    steps {\n      ...ApprovalStepItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApprovalStepItem on ApprovalStep {\n    position\n    approverRole\n    status\n    comment\n    decidedAt\n    decidedBy {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment ApprovalStepItem on ApprovalStep {\n    position\n    approverRole\n    status\n    comment\n    decidedAt\n    decidedBy {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApprovalsInbox {\n    approvalsInbox {\n      ...ApprovalItem\n    }\n  }\n"): (typeof documents)["\n  query ApprovalsInbox {\n    approvalsInbox {\n      ...ApprovalItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ApprovalsInboxChanged {\n    approvalsInboxChanged {\n      seq\n    }\n  }\n"): (typeof documents)["\n  subscription ApprovalsInboxChanged {\n    approvalsInboxChanged {\n      seq\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideApproval($input: DecideApprovalInput!) {\n    decideApproval(input: $input) {\n      ...ApprovalItem\n    }\n  }\n"): (typeof documents)["\n  mutation DecideApproval($input: DecideApprovalInput!) {\n    decideApproval(input: $input) {\n      ...ApprovalItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestResource($input: RequestResourceInput!) {\n    requestResource(input: $input) {\n      id\n      candidate {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RequestResource($input: RequestResourceInput!) {\n    requestResource(input: $input) {\n      id\n      candidate {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      name\n      email\n      roles\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      name\n      email\n      roles\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      id\n      name\n      email\n      roles\n    }\n  }\n"): (typeof documents)["\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      id\n      name\n      email\n      roles\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProjectCard on Project {\n    id\n    name\n    stage\n    version\n    stageChangedAt\n    customer {\n      id\n      name\n    }\n    responsibleSales {\n      id\n      name\n    }\n    firstPresales {\n      id\n      name\n    }\n    secondPresales {\n      id\n      name\n    }\n    supportTypes\n    viewerCan {\n      moveStage\n      nextStages\n    }\n    counters {\n      openRemainingIssues\n      pendingApprovals\n      openWorkOrders\n      openTickets\n      ticketsAtRisk\n    }\n  }\n"): (typeof documents)["\n  fragment ProjectCard on Project {\n    id\n    name\n    stage\n    version\n    stageChangedAt\n    customer {\n      id\n      name\n    }\n    responsibleSales {\n      id\n      name\n    }\n    firstPresales {\n      id\n      name\n    }\n    secondPresales {\n      id\n      name\n    }\n    supportTypes\n    viewerCan {\n      moveStage\n      nextStages\n    }\n    counters {\n      openRemainingIssues\n      pendingApprovals\n      openWorkOrders\n      openTickets\n      ticketsAtRisk\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Board {\n    projects {\n      ...ProjectCard\n    }\n    latestSeq\n  }\n"): (typeof documents)["\n  query Board {\n    projects {\n      ...ProjectCard\n    }\n    latestSeq\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription BoardChanged {\n    boardChanged {\n      seq\n      project {\n        ...ProjectCard\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription BoardChanged {\n    boardChanged {\n      seq\n      project {\n        ...ProjectCard\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChangesSince($seq: Float!) {\n    changesSince(seq: $seq) {\n      events {\n        seq\n        projectId\n        project {\n          ...ProjectCard\n        }\n      }\n      cursor\n      hasMore\n    }\n  }\n"): (typeof documents)["\n  query ChangesSince($seq: Float!) {\n    changesSince(seq: $seq) {\n      events {\n        seq\n        projectId\n        project {\n          ...ProjectCard\n        }\n      }\n      cursor\n      hasMore\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveProjectStage($input: MoveProjectStageInput!) {\n    moveProjectStage(input: $input) {\n      ...ProjectCard\n    }\n  }\n"): (typeof documents)["\n  mutation MoveProjectStage($input: MoveProjectStageInput!) {\n    moveProjectStage(input: $input) {\n      ...ProjectCard\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BugFeedbackItem on BugFeedback {\n    id\n    kind\n    title\n    description\n    status\n    testerNotes\n    createdAt\n    version\n    reportedBy {\n      id\n      name\n    }\n    tester {\n      id\n      name\n    }\n    project {\n      id\n      name\n    }\n    foundIn {\n      id\n      product\n      version\n    }\n    fixVersion {\n      id\n      product\n      version\n    }\n  }\n"): (typeof documents)["\n  fragment BugFeedbackItem on BugFeedback {\n    id\n    kind\n    title\n    description\n    status\n    testerNotes\n    createdAt\n    version\n    reportedBy {\n      id\n      name\n    }\n    tester {\n      id\n      name\n    }\n    project {\n      id\n      name\n    }\n    foundIn {\n      id\n      product\n      version\n    }\n    fixVersion {\n      id\n      product\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpenBugFeedback {\n    bugFeedback(open: true) {\n      ...BugFeedbackItem\n    }\n  }\n"): (typeof documents)["\n  query OpenBugFeedback {\n    bugFeedback(open: true) {\n      ...BugFeedbackItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription BugFeedbackChanged {\n    bugFeedbackChanged {\n      seq\n    }\n  }\n"): (typeof documents)["\n  subscription BugFeedbackChanged {\n    bugFeedbackChanged {\n      seq\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportBugFeedback($input: ReportBugFeedbackInput!) {\n    reportBugFeedback(input: $input) {\n      ...BugFeedbackItem\n    }\n  }\n"): (typeof documents)["\n  mutation ReportBugFeedback($input: ReportBugFeedbackInput!) {\n    reportBugFeedback(input: $input) {\n      ...BugFeedbackItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ActOnBugFeedback($input: TesterActionInput!) {\n    actOnBugFeedback(input: $input) {\n      ...BugFeedbackItem\n    }\n  }\n"): (typeof documents)["\n  mutation ActOnBugFeedback($input: TesterActionInput!) {\n    actOnBugFeedback(input: $input) {\n      ...BugFeedbackItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ComplaintRow on Complaint {\n    id\n    title\n    description\n    status\n    createdAt\n    decidedAt\n    decisionComment\n    project {\n      id\n      name\n    }\n    complainant {\n      id\n      name\n    }\n    respondent {\n      id\n      name\n    }\n    decidedBy {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment ComplaintRow on Complaint {\n    id\n    title\n    description\n    status\n    createdAt\n    decidedAt\n    decisionComment\n    project {\n      id\n      name\n    }\n    complainant {\n      id\n      name\n    }\n    respondent {\n      id\n      name\n    }\n    decidedBy {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Complaints {\n    complaints {\n      ...ComplaintRow\n    }\n  }\n"): (typeof documents)["\n  query Complaints {\n    complaints {\n      ...ComplaintRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FileComplaint($input: FileComplaintInput!) {\n    fileComplaint(input: $input) {\n      ...ComplaintRow\n    }\n  }\n"): (typeof documents)["\n  mutation FileComplaint($input: FileComplaintInput!) {\n    fileComplaint(input: $input) {\n      ...ComplaintRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideComplaint($input: DecideComplaintInput!) {\n    decideComplaint(input: $input) {\n      ...ComplaintRow\n    }\n  }\n"): (typeof documents)["\n  mutation DecideComplaint($input: DecideComplaintInput!) {\n    decideComplaint(input: $input) {\n      ...ComplaintRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PerformanceLevel($userId: ID!, $month: String!) {\n    performanceLevel(userId: $userId, month: $month) {\n      userId\n      month\n      level\n      monthlyDeduction\n      permanentDeduction\n      upheldThisMonth\n      upheldTotal\n    }\n  }\n"): (typeof documents)["\n  query PerformanceLevel($userId: ID!, $month: String!) {\n    performanceLevel(userId: $userId, month: $month) {\n      userId\n      month\n      level\n      monthlyDeduction\n      permanentDeduction\n      upheldThisMonth\n      upheldTotal\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CustomerRow on Customer {\n    id\n    name\n    industry\n    address\n    openTicketCount\n    serviceExpiresOn\n    version\n  }\n"): (typeof documents)["\n  fragment CustomerRow on Customer {\n    id\n    name\n    industry\n    address\n    openTicketCount\n    serviceExpiresOn\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CustomerProfileDetail on Customer {\n    ...CustomerRow\n    contacts {\n      id\n      name\n      title\n      phone\n      email\n      version\n    }\n    products {\n      id\n      product\n      version\n      serialNumber\n      purchasedOn\n      recordVersion\n    }\n    contracts {\n      id\n      number\n      startsOn\n      serviceExpiresOn\n      active\n      version\n      slaPolicy {\n        id\n        name\n      }\n    }\n    equipment {\n      id\n      name\n      model\n      serialNumber\n      location\n      version\n    }\n    tickets(limit: 100) {\n      id\n      number\n      title\n      status\n      priority\n      createdAt\n      assignee {\n        id\n        name\n      }\n    }\n    projects {\n      id\n      name\n      stage\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  fragment CustomerProfileDetail on Customer {\n    ...CustomerRow\n    contacts {\n      id\n      name\n      title\n      phone\n      email\n      version\n    }\n    products {\n      id\n      product\n      version\n      serialNumber\n      purchasedOn\n      recordVersion\n    }\n    contracts {\n      id\n      number\n      startsOn\n      serviceExpiresOn\n      active\n      version\n      slaPolicy {\n        id\n        name\n      }\n    }\n    equipment {\n      id\n      name\n      model\n      serialNumber\n      location\n      version\n    }\n    tickets(limit: 100) {\n      id\n      number\n      title\n      status\n      priority\n      createdAt\n      assignee {\n        id\n        name\n      }\n    }\n    projects {\n      id\n      name\n      stage\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerList {\n    customers {\n      ...CustomerRow\n    }\n  }\n"): (typeof documents)["\n  query CustomerList {\n    customers {\n      ...CustomerRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerProfile($id: ID!) {\n    customer(id: $id) {\n      ...CustomerProfileDetail\n    }\n  }\n"): (typeof documents)["\n  query CustomerProfile($id: ID!) {\n    customer(id: $id) {\n      ...CustomerProfileDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContractSlaPolicies {\n    slaPolicies {\n      id\n      name\n      isDefault\n    }\n  }\n"): (typeof documents)["\n  query ContractSlaPolicies {\n    slaPolicies {\n      id\n      name\n      isDefault\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCustomer($input: CreateCustomerInput!) {\n    createCustomer(input: $input) {\n      ...CustomerRow\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCustomer($input: CreateCustomerInput!) {\n    createCustomer(input: $input) {\n      ...CustomerRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCustomer($input: UpdateCustomerInput!) {\n    updateCustomer(input: $input) {\n      ...CustomerRow\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCustomer($input: UpdateCustomerInput!) {\n    updateCustomer(input: $input) {\n      ...CustomerRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveContact($input: SaveContactInput!) {\n    saveContact(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SaveContact($input: SaveContactInput!) {\n    saveContact(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveContact($id: ID!) {\n    removeContact(id: $id)\n  }\n"): (typeof documents)["\n  mutation RemoveContact($id: ID!) {\n    removeContact(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveCustomerProduct($input: SaveCustomerProductInput!) {\n    saveCustomerProduct(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SaveCustomerProduct($input: SaveCustomerProductInput!) {\n    saveCustomerProduct(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveCustomerProduct($id: ID!) {\n    removeCustomerProduct(id: $id)\n  }\n"): (typeof documents)["\n  mutation RemoveCustomerProduct($id: ID!) {\n    removeCustomerProduct(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveCustomerContract($input: SaveCustomerContractInput!) {\n    saveCustomerContract(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SaveCustomerContract($input: SaveCustomerContractInput!) {\n    saveCustomerContract(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveCustomerContract($id: ID!) {\n    removeCustomerContract(id: $id)\n  }\n"): (typeof documents)["\n  mutation RemoveCustomerContract($id: ID!) {\n    removeCustomerContract(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveCustomerEquipment($input: SaveCustomerEquipmentInput!) {\n    saveCustomerEquipment(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SaveCustomerEquipment($input: SaveCustomerEquipmentInput!) {\n    saveCustomerEquipment(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveCustomerEquipment($id: ID!) {\n    removeCustomerEquipment(id: $id)\n  }\n"): (typeof documents)["\n  mutation RemoveCustomerEquipment($id: ID!) {\n    removeCustomerEquipment(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePortalUser($input: CreatePortalUserInput!) {\n    createPortalUser(input: $input) {\n      id\n      name\n      email\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePortalUser($input: CreatePortalUserInput!) {\n    createPortalUser(input: $input) {\n      id\n      name\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServiceDeskDashboard($filter: DashboardFilter!) {\n    serviceDeskFigures(filter: $filter) {\n      tickets\n      resolved\n      slaAttainment {\n        priority\n        tickets\n        responseMet\n        responseBreached\n        responseRate\n        resolutionMet\n        resolutionBreached\n        resolutionRate\n      }\n      firstResponseMinutes {\n        count\n        median\n        p90\n      }\n      resolutionMinutes {\n        count\n        median\n        p90\n      }\n      resolutionRate\n      firstContactResolution\n      reopenRate\n      satisfaction {\n        answered\n        responseSpeed\n        resolution\n        professionalism\n        attitude\n      }\n    }\n  }\n"): (typeof documents)["\n  query ServiceDeskDashboard($filter: DashboardFilter!) {\n    serviceDeskFigures(filter: $filter) {\n      tickets\n      resolved\n      slaAttainment {\n        priority\n        tickets\n        responseMet\n        responseBreached\n        responseRate\n        resolutionMet\n        resolutionBreached\n        resolutionRate\n      }\n      firstResponseMinutes {\n        count\n        median\n        p90\n      }\n      resolutionMinutes {\n        count\n        median\n        p90\n      }\n      resolutionRate\n      firstContactResolution\n      reopenRate\n      satisfaction {\n        answered\n        responseSpeed\n        resolution\n        professionalism\n        attitude\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SatisfactionDashboard($filter: DashboardFilter!) {\n    satisfactionFigures(filter: $filter) {\n      overall {\n        answered\n        responseSpeed\n        resolution\n        professionalism\n        attitude\n      }\n      perEngineer {\n        engineerId\n        engineerName\n        answered\n        responseSpeed\n        resolution\n        professionalism\n        attitude\n        overall\n      }\n      trend {\n        month\n        answered\n        responseSpeed\n        resolution\n        professionalism\n        attitude\n        overall\n      }\n    }\n  }\n"): (typeof documents)["\n  query SatisfactionDashboard($filter: DashboardFilter!) {\n    satisfactionFigures(filter: $filter) {\n      overall {\n        answered\n        responseSpeed\n        resolution\n        professionalism\n        attitude\n      }\n      perEngineer {\n        engineerId\n        engineerName\n        answered\n        responseSpeed\n        resolution\n        professionalism\n        attitude\n        overall\n      }\n      trend {\n        month\n        answered\n        responseSpeed\n        resolution\n        professionalism\n        attitude\n        overall\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkloadDashboard($filter: DashboardFilter!) {\n    workloadFigures(filter: $filter) {\n      engineerId\n      engineerName\n      openTickets\n      firstPresalesProjects\n      secondPresalesProjects\n      trackingEntries\n      reportsFiled\n      reportsLate\n      reportsMissing\n      complaintsFiled\n      complaintsUpheld\n      performanceLevel\n    }\n  }\n"): (typeof documents)["\n  query WorkloadDashboard($filter: DashboardFilter!) {\n    workloadFigures(filter: $filter) {\n      engineerId\n      engineerName\n      openTickets\n      firstPresalesProjects\n      secondPresalesProjects\n      trackingEntries\n      reportsFiled\n      reportsLate\n      reportsMissing\n      complaintsFiled\n      complaintsUpheld\n      performanceLevel\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RndDashboard($filter: RndFilter!) {\n    rndFigures(filter: $filter) {\n      workOrdersByState {\n        status\n        count\n        averageAgeDays\n        oldestAgeDays\n      }\n      hoursToAssign {\n        count\n        median\n        p90\n      }\n      hoursToClose {\n        count\n        median\n        p90\n      }\n      projectCosts {\n        projectId\n        projectName\n        improvementRequests\n        openImprovementRequests\n        rndHours\n        thresholdHours\n        bonusAfterRndCost\n      }\n    }\n  }\n"): (typeof documents)["\n  query RndDashboard($filter: RndFilter!) {\n    rndFigures(filter: $filter) {\n      workOrdersByState {\n        status\n        count\n        averageAgeDays\n        oldestAgeDays\n      }\n      hoursToAssign {\n        count\n        median\n        p90\n      }\n      hoursToClose {\n        count\n        median\n        p90\n      }\n      projectCosts {\n        projectId\n        projectName\n        improvementRequests\n        openImprovementRequests\n        rndHours\n        thresholdHours\n        bonusAfterRndCost\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RndDashboardProjects {\n    projects {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query RndDashboardProjects {\n    projects {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WorkReportFields on WorkReport {\n    id\n    month\n    scope\n    engineerId\n    engineerName\n    generatedAt\n    generatedBy\n    figures {\n      ...WorkReportFiguresFields\n    }\n    problems {\n      kind\n      count\n      detail\n    }\n    members {\n      engineerId\n      engineerName\n      figures {\n        ...WorkReportFiguresFields\n      }\n    }\n  }\n\n  fragment WorkReportFiguresFields on WorkReportFigures {\n    ticketsAssigned\n    ticketsResolved\n    responseMet\n    responseBreached\n    resolutionMet\n    resolutionBreached\n    satisfactionAnswered\n    satisfactionAverage\n    reportsFiled\n    trackingEntries\n    projectsSupported\n    workOrdersSubmitted\n    improvementRequests\n    complaintsUpheld\n    performanceLevel\n  }\n"): (typeof documents)["\n  fragment WorkReportFields on WorkReport {\n    id\n    month\n    scope\n    engineerId\n    engineerName\n    generatedAt\n    generatedBy\n    figures {\n      ...WorkReportFiguresFields\n    }\n    problems {\n      kind\n      count\n      detail\n    }\n    members {\n      engineerId\n      engineerName\n      figures {\n        ...WorkReportFiguresFields\n      }\n    }\n  }\n\n  fragment WorkReportFiguresFields on WorkReportFigures {\n    ticketsAssigned\n    ticketsResolved\n    responseMet\n    responseBreached\n    resolutionMet\n    resolutionBreached\n    satisfactionAnswered\n    satisfactionAverage\n    reportsFiled\n    trackingEntries\n    projectsSupported\n    workOrdersSubmitted\n    improvementRequests\n    complaintsUpheld\n    performanceLevel\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkReport($month: String!, $engineerId: ID) {\n    workReport(month: $month, engineerId: $engineerId) {\n      ...WorkReportFields\n    }\n  }\n"): (typeof documents)["\n  query WorkReport($month: String!, $engineerId: ID) {\n    workReport(month: $month, engineerId: $engineerId) {\n      ...WorkReportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GenerateWorkReport($month: String!, $engineerId: ID) {\n    generateWorkReport(month: $month, engineerId: $engineerId) {\n      ...WorkReportFields\n    }\n  }\n"): (typeof documents)["\n  mutation GenerateWorkReport($month: String!, $engineerId: ID) {\n    generateWorkReport(month: $month, engineerId: $engineerId) {\n      ...WorkReportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription DashboardChanged {\n    dashboardChanged {\n      seq\n      kind\n    }\n  }\n"): (typeof documents)["\n  subscription DashboardChanged {\n    dashboardChanged {\n      seq\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DocumentItem on ProjectDocument {\n    id\n    kind\n    title\n    status\n    revision\n    version\n    internal\n    body\n    salesPart\n    technicalPart\n    rejectionReason\n    customerSignedBy\n    customerSignedAt\n    createdAt\n    updatedAt\n    createdBy {\n      id\n      name\n    }\n    reviewedBy {\n      id\n      name\n    }\n    tasks {\n      title\n      start\n      end\n    }\n    revisions {\n      revision\n      outcome\n      rejectionReason\n      submittedAt\n      submittedBy {\n        id\n        name\n      }\n    }\n    approval {\n      id\n      status\n      steps {\n        ...ApprovalStepItem\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment DocumentItem on ProjectDocument {\n    id\n    kind\n    title\n    status\n    revision\n    version\n    internal\n    body\n    salesPart\n    technicalPart\n    rejectionReason\n    customerSignedBy\n    customerSignedAt\n    createdAt\n    updatedAt\n    createdBy {\n      id\n      name\n    }\n    reviewedBy {\n      id\n      name\n    }\n    tasks {\n      title\n      start\n      end\n    }\n    revisions {\n      revision\n      outcome\n      rejectionReason\n      submittedAt\n      submittedBy {\n        id\n        name\n      }\n    }\n    approval {\n      id\n      status\n      steps {\n        ...ApprovalStepItem\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectDocuments($id: ID!) {\n    project(id: $id) {\n      id\n      documents {\n        ...DocumentItem\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProjectDocuments($id: ID!) {\n    project(id: $id) {\n      id\n      documents {\n        ...DocumentItem\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateProjectDocument($input: CreateProjectDocumentInput!) {\n    createProjectDocument(input: $input) {\n      ...DocumentItem\n    }\n  }\n"): (typeof documents)["\n  mutation CreateProjectDocument($input: CreateProjectDocumentInput!) {\n    createProjectDocument(input: $input) {\n      ...DocumentItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProjectDocument($input: UpdateProjectDocumentInput!) {\n    updateProjectDocument(input: $input) {\n      ...DocumentItem\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProjectDocument($input: UpdateProjectDocumentInput!) {\n    updateProjectDocument(input: $input) {\n      ...DocumentItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitProjectDocument($input: DocumentVersionInput!) {\n    submitProjectDocument(input: $input) {\n      ...DocumentItem\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitProjectDocument($input: DocumentVersionInput!) {\n    submitProjectDocument(input: $input) {\n      ...DocumentItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewProjectDocument($input: ReviewProjectDocumentInput!) {\n    reviewProjectDocument(input: $input) {\n      ...DocumentItem\n    }\n  }\n"): (typeof documents)["\n  mutation ReviewProjectDocument($input: ReviewProjectDocumentInput!) {\n    reviewProjectDocument(input: $input) {\n      ...DocumentItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordCustomerSignature($input: RecordCustomerSignatureInput!) {\n    recordCustomerSignature(input: $input) {\n      ...DocumentItem\n    }\n  }\n"): (typeof documents)["\n  mutation RecordCustomerSignature($input: RecordCustomerSignatureInput!) {\n    recordCustomerSignature(input: $input) {\n      ...DocumentItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ImprovementItem on ImprovementRequest {\n    id\n    sequence\n    title\n    description\n    status\n    projectName\n    salesAgreedAt\n    decisionComment\n    rndMinutes\n    createdAt\n    version\n    issuedBy {\n      id\n      name\n    }\n    rndLead {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment ImprovementItem on ImprovementRequest {\n    id\n    sequence\n    title\n    description\n    status\n    projectName\n    salesAgreedAt\n    decisionComment\n    rndMinutes\n    createdAt\n    version\n    issuedBy {\n      id\n      name\n    }\n    rndLead {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IssueImprovementRequest($input: IssueImprovementRequestInput!) {\n    issueImprovementRequest(input: $input) {\n      ...ImprovementItem\n    }\n  }\n"): (typeof documents)["\n  mutation IssueImprovementRequest($input: IssueImprovementRequestInput!) {\n    issueImprovementRequest(input: $input) {\n      ...ImprovementItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AgreeToImprovementRequest($input: ImprovementStepInput!) {\n    agreeToImprovementRequest(input: $input) {\n      ...ImprovementItem\n    }\n  }\n"): (typeof documents)["\n  mutation AgreeToImprovementRequest($input: ImprovementStepInput!) {\n    agreeToImprovementRequest(input: $input) {\n      ...ImprovementItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclineImprovementRequest($input: DeclineImprovementRequestInput!) {\n    declineImprovementRequest(input: $input) {\n      ...ImprovementItem\n    }\n  }\n"): (typeof documents)["\n  mutation DeclineImprovementRequest($input: DeclineImprovementRequestInput!) {\n    declineImprovementRequest(input: $input) {\n      ...ImprovementItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideImprovementRequest($input: DecideImprovementRequestInput!) {\n    decideImprovementRequest(input: $input) {\n      ...ImprovementItem\n    }\n  }\n"): (typeof documents)["\n  mutation DecideImprovementRequest($input: DecideImprovementRequestInput!) {\n    decideImprovementRequest(input: $input) {\n      ...ImprovementItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogRndTime($input: LogRndTimeInput!) {\n    logRndTime(input: $input) {\n      id\n      minutes\n    }\n  }\n"): (typeof documents)["\n  mutation LogRndTime($input: LogRndTimeInput!) {\n    logRndTime(input: $input) {\n      id\n      minutes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteImprovementRequest($input: CompleteImprovementRequestInput!) {\n    completeImprovementRequest(input: $input) {\n      ...ImprovementItem\n    }\n  }\n"): (typeof documents)["\n  mutation CompleteImprovementRequest($input: CompleteImprovementRequestInput!) {\n    completeImprovementRequest(input: $input) {\n      ...ImprovementItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment KnowledgeArticleRow on KnowledgeArticle {\n    id\n    title\n    product\n    status\n    version\n    updatedAt\n    publishedAt\n    author {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment KnowledgeArticleRow on KnowledgeArticle {\n    id\n    title\n    product\n    status\n    version\n    updatedAt\n    publishedAt\n    author {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment KnowledgeArticleDetail on KnowledgeArticle {\n    ...KnowledgeArticleRow\n    cause\n    solution\n    steps\n    lessons\n    createdAt\n    reviewedBy {\n      id\n      name\n    }\n    sourceTicket {\n      id\n      number\n      title\n    }\n    revisions {\n      id\n      number\n      title\n      createdAt\n      editedBy {\n        id\n        name\n      }\n    }\n    viewerCan {\n      edit\n      review\n      publish\n    }\n  }\n"): (typeof documents)["\n  fragment KnowledgeArticleDetail on KnowledgeArticle {\n    ...KnowledgeArticleRow\n    cause\n    solution\n    steps\n    lessons\n    createdAt\n    reviewedBy {\n      id\n      name\n    }\n    sourceTicket {\n      id\n      number\n      title\n    }\n    revisions {\n      id\n      number\n      title\n      createdAt\n      editedBy {\n        id\n        name\n      }\n    }\n    viewerCan {\n      edit\n      review\n      publish\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KnowledgeArticles($search: String, $statuses: [ArticleStatus!], $limit: Int!) {\n    knowledgeArticles(search: $search, statuses: $statuses, limit: $limit) {\n      ...KnowledgeArticleRow\n    }\n  }\n"): (typeof documents)["\n  query KnowledgeArticles($search: String, $statuses: [ArticleStatus!], $limit: Int!) {\n    knowledgeArticles(search: $search, statuses: $statuses, limit: $limit) {\n      ...KnowledgeArticleRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KnowledgeArticle($id: ID!) {\n    knowledgeArticle(id: $id) {\n      ...KnowledgeArticleDetail\n    }\n  }\n"): (typeof documents)["\n  query KnowledgeArticle($id: ID!) {\n    knowledgeArticle(id: $id) {\n      ...KnowledgeArticleDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateKnowledgeArticle($input: CreateKnowledgeArticleInput!) {\n    createKnowledgeArticle(input: $input) {\n      ...KnowledgeArticleDetail\n    }\n  }\n"): (typeof documents)["\n  mutation CreateKnowledgeArticle($input: CreateKnowledgeArticleInput!) {\n    createKnowledgeArticle(input: $input) {\n      ...KnowledgeArticleDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditKnowledgeArticle($input: EditKnowledgeArticleInput!) {\n    editKnowledgeArticle(input: $input) {\n      ...KnowledgeArticleDetail\n    }\n  }\n"): (typeof documents)["\n  mutation EditKnowledgeArticle($input: EditKnowledgeArticleInput!) {\n    editKnowledgeArticle(input: $input) {\n      ...KnowledgeArticleDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewKnowledgeArticle($id: ID!, $expectedVersion: Int!) {\n    reviewKnowledgeArticle(id: $id, expectedVersion: $expectedVersion) {\n      ...KnowledgeArticleDetail\n    }\n  }\n"): (typeof documents)["\n  mutation ReviewKnowledgeArticle($id: ID!, $expectedVersion: Int!) {\n    reviewKnowledgeArticle(id: $id, expectedVersion: $expectedVersion) {\n      ...KnowledgeArticleDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishKnowledgeArticle($id: ID!, $expectedVersion: Int!) {\n    publishKnowledgeArticle(id: $id, expectedVersion: $expectedVersion) {\n      ...KnowledgeArticleDetail\n    }\n  }\n"): (typeof documents)["\n  mutation PublishKnowledgeArticle($id: ID!, $expectedVersion: Int!) {\n    publishKnowledgeArticle(id: $id, expectedVersion: $expectedVersion) {\n      ...KnowledgeArticleDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NotificationItem on Notification {\n    id\n    rule\n    recipientRole\n    subject\n    link\n    readAt\n    createdAt\n  }\n"): (typeof documents)["\n  fragment NotificationItem on Notification {\n    id\n    rule\n    recipientRole\n    subject\n    link\n    readAt\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"): (typeof documents)["\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notifications($unreadOnly: Boolean!, $limit: Int!) {\n    notifications(unreadOnly: $unreadOnly, limit: $limit) {\n      ...NotificationItem\n    }\n  }\n"): (typeof documents)["\n  query Notifications($unreadOnly: Boolean!, $limit: Int!) {\n    notifications(unreadOnly: $unreadOnly, limit: $limit) {\n      ...NotificationItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n"): (typeof documents)["\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription NotificationsChanged {\n    notificationsChanged {\n      seq\n      unread\n    }\n  }\n"): (typeof documents)["\n  subscription NotificationsChanged {\n    notificationsChanged {\n      seq\n      unread\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationChoices {\n    notificationChoices {\n      rule\n      mandatory\n      choice\n    }\n  }\n"): (typeof documents)["\n  query NotificationChoices {\n    notificationChoices {\n      rule\n      mandatory\n      choice\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChooseNotificationDelivery($rule: String!, $choice: DeliveryChoice!) {\n    chooseNotificationDelivery(rule: $rule, choice: $choice) {\n      rule\n      mandatory\n      choice\n    }\n  }\n"): (typeof documents)["\n  mutation ChooseNotificationDelivery($rule: String!, $choice: DeliveryChoice!) {\n    chooseNotificationDelivery(rule: $rule, choice: $choice) {\n      rule\n      mandatory\n      choice\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Outbox($limit: Int!) {\n    outbox(limit: $limit) {\n      id\n      rule\n      to\n      cc\n      subject\n      body\n      language\n      status\n      attempts\n      lastError\n      sentAt\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  query Outbox($limit: Int!) {\n    outbox(limit: $limit) {\n      id\n      rule\n      to\n      cc\n      subject\n      body\n      language\n      status\n      attempts\n      lastError\n      sentAt\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PresalesPeople {\n    users(role: PRESALES) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query PresalesPeople {\n    users(role: PRESALES) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RndPeople {\n    users(role: RND) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query RndPeople {\n    users(role: RND) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PresalesApplicationItem on PresalesApplication {\n    id\n    projectName\n    requirements\n    supportTypes\n    wantedStart\n    wantedEnd\n    createdAt\n    customer {\n      id\n      name\n    }\n    requestedBy {\n      id\n      name\n    }\n    assignedPresales {\n      id\n      name\n    }\n    project {\n      id\n      name\n    }\n    approval {\n      id\n      status\n      currentStep\n      steps {\n        ...ApprovalStepItem\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment PresalesApplicationItem on PresalesApplication {\n    id\n    projectName\n    requirements\n    supportTypes\n    wantedStart\n    wantedEnd\n    createdAt\n    customer {\n      id\n      name\n    }\n    requestedBy {\n      id\n      name\n    }\n    assignedPresales {\n      id\n      name\n    }\n    project {\n      id\n      name\n    }\n    approval {\n      id\n      status\n      currentStep\n      steps {\n        ...ApprovalStepItem\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PresalesApplications {\n    presalesApplications {\n      ...PresalesApplicationItem\n    }\n  }\n"): (typeof documents)["\n  query PresalesApplications {\n    presalesApplications {\n      ...PresalesApplicationItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApplyForPresalesSupport($input: ApplyForPresalesSupportInput!) {\n    applyForPresalesSupport(input: $input) {\n      ...PresalesApplicationItem\n    }\n  }\n"): (typeof documents)["\n  mutation ApplyForPresalesSupport($input: ApplyForPresalesSupportInput!) {\n    applyForPresalesSupport(input: $input) {\n      ...PresalesApplicationItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription Presence($recordType: PresenceRecordType!, $recordId: ID!) {\n    presence(recordType: $recordType, recordId: $recordId) {\n      recordType\n      recordId\n      viewers {\n        user {\n          id\n          name\n        }\n        editing\n        since\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription Presence($recordType: PresenceRecordType!, $recordId: ID!) {\n    presence(recordType: $recordType, recordId: $recordId) {\n      recordType\n      recordId\n      viewers {\n        user {\n          id\n          name\n        }\n        editing\n        since\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetEditing($recordType: PresenceRecordType!, $recordId: ID!, $form: String) {\n    setEditing(recordType: $recordType, recordId: $recordId, form: $form)\n  }\n"): (typeof documents)["\n  mutation SetEditing($recordType: PresenceRecordType!, $recordId: ID!, $form: String) {\n    setEditing(recordType: $recordType, recordId: $recordId, form: $form)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectPage($id: ID!) {\n    project(id: $id) {\n      ...ProjectCard\n      createdAt\n      members {\n        role\n        user {\n          id\n          name\n          email\n        }\n      }\n      initiation {\n        id\n        revision\n        projectName\n        customer {\n          id\n          name\n        }\n        responsibleSales {\n          id\n          name\n        }\n        firstPresales {\n          id\n          name\n        }\n        secondPresales {\n          id\n          name\n        }\n        supportTypes\n        requirements\n        wantedStart\n        wantedEnd\n        submittedBy {\n          id\n          name\n        }\n        submittedAt\n      }\n      reports {\n        ...ReportItem\n      }\n      remainingIssues {\n        ...RemainingIssueRow\n      }\n      supportRequests {\n        ...SupportRequestItem\n      }\n      tasks {\n        ...ProjectTaskItem\n      }\n      approvals {\n        ...ApprovalItem\n      }\n      waivers {\n        ...WaiverItem\n      }\n      hasOpenProblem\n      timeline {\n        ...TimelineEvent\n      }\n    }\n    latestSeq\n  }\n"): (typeof documents)["\n  query ProjectPage($id: ID!) {\n    project(id: $id) {\n      ...ProjectCard\n      createdAt\n      members {\n        role\n        user {\n          id\n          name\n          email\n        }\n      }\n      initiation {\n        id\n        revision\n        projectName\n        customer {\n          id\n          name\n        }\n        responsibleSales {\n          id\n          name\n        }\n        firstPresales {\n          id\n          name\n        }\n        secondPresales {\n          id\n          name\n        }\n        supportTypes\n        requirements\n        wantedStart\n        wantedEnd\n        submittedBy {\n          id\n          name\n        }\n        submittedAt\n      }\n      reports {\n        ...ReportItem\n      }\n      remainingIssues {\n        ...RemainingIssueRow\n      }\n      supportRequests {\n        ...SupportRequestItem\n      }\n      tasks {\n        ...ProjectTaskItem\n      }\n      approvals {\n        ...ApprovalItem\n      }\n      waivers {\n        ...WaiverItem\n      }\n      hasOpenProblem\n      timeline {\n        ...TimelineEvent\n      }\n    }\n    latestSeq\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TimelineEvent on ActivityEvent {\n    seq\n    type\n    entityType\n    entityId\n    payload\n    createdAt\n    actor {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment TimelineEvent on ActivityEvent {\n    seq\n    type\n    entityType\n    entityId\n    payload\n    createdAt\n    actor {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ProjectActivity($projectId: ID!) {\n    projectActivity(projectId: $projectId) {\n      seq\n      type\n    }\n  }\n"): (typeof documents)["\n  subscription ProjectActivity($projectId: ID!) {\n    projectActivity(projectId: $projectId) {\n      seq\n      type\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InitiationOptions {\n    customers {\n      id\n      name\n      industry\n    }\n    salesPeople: users(role: SALES) {\n      id\n      name\n    }\n    presalesPeople: users(role: PRESALES) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query InitiationOptions {\n    customers {\n      id\n      name\n      industry\n    }\n    salesPeople: users(role: SALES) {\n      id\n      name\n    }\n    presalesPeople: users(role: PRESALES) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InitiateProject($input: InitiateProjectInput!) {\n    initiateProject(input: $input) {\n      ...ProjectCard\n    }\n  }\n"): (typeof documents)["\n  mutation InitiateProject($input: InitiateProjectInput!) {\n    initiateProject(input: $input) {\n      ...ProjectCard\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RemainingIssueRow on RemainingIssue {\n    id\n    description\n    status\n    severeBug\n    failedAttempts\n    resolution\n    createdAt\n    version\n    owner {\n      id\n      name\n    }\n    attempts {\n      id\n      whatWasTried\n      result\n      succeeded\n      createdAt\n      triedBy {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment RemainingIssueRow on RemainingIssue {\n    id\n    description\n    status\n    severeBug\n    failedAttempts\n    resolution\n    createdAt\n    version\n    owner {\n      id\n      name\n    }\n    attempts {\n      id\n      whatWasTried\n      result\n      succeeded\n      createdAt\n      triedBy {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordIssueAttempt($input: RecordIssueAttemptInput!) {\n    recordIssueAttempt(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RecordIssueAttempt($input: RecordIssueAttemptInput!) {\n    recordIssueAttempt(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkObviousSevereBug($input: RemainingIssueStepInput!) {\n    markObviousSevereBug(input: $input) {\n      ...RemainingIssueRow\n    }\n  }\n"): (typeof documents)["\n  mutation MarkObviousSevereBug($input: RemainingIssueStepInput!) {\n    markObviousSevereBug(input: $input) {\n      ...RemainingIssueRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResolveRemainingIssue($input: ResolveRemainingIssueInput!) {\n    resolveRemainingIssue(input: $input) {\n      ...RemainingIssueRow\n    }\n  }\n"): (typeof documents)["\n  mutation ResolveRemainingIssue($input: ResolveRemainingIssueInput!) {\n    resolveRemainingIssue(input: $input) {\n      ...RemainingIssueRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReportItem on CommunicationReport {\n    id\n    title\n    result\n    method\n    channel\n    communicator\n    communicatedAt\n    problemsHandled\n    remainingProblems\n    writtenRequestedAt\n    createdAt\n    author {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment ReportItem on CommunicationReport {\n    id\n    title\n    result\n    method\n    channel\n    communicator\n    communicatedAt\n    problemsHandled\n    remainingProblems\n    writtenRequestedAt\n    createdAt\n    author {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FileCommunicationReport($input: FileCommunicationReportInput!) {\n    fileCommunicationReport(input: $input) {\n      ...ReportItem\n    }\n  }\n"): (typeof documents)["\n  mutation FileCommunicationReport($input: FileCommunicationReportInput!) {\n    fileCommunicationReport(input: $input) {\n      ...ReportItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestWrittenReport($reportId: ID!) {\n    requestWrittenReport(reportId: $reportId) {\n      ...ReportItem\n    }\n  }\n"): (typeof documents)["\n  mutation RequestWrittenReport($reportId: ID!) {\n    requestWrittenReport(reportId: $reportId) {\n      ...ReportItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectRnd($id: ID!) {\n    project(id: $id) {\n      id\n      productVersion {\n        ...ProductVersionItem\n      }\n      rndCost {\n        minutes\n        thresholdHours\n        bonusAfterRndCost\n      }\n      improvementRequests {\n        ...ImprovementItem\n      }\n      workOrders {\n        ...WorkOrderRow\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProjectRnd($id: ID!) {\n    project(id: $id) {\n      id\n      productVersion {\n        ...ProductVersionItem\n      }\n      rndCost {\n        minutes\n        thresholdHours\n        bonusAfterRndCost\n      }\n      improvementRequests {\n        ...ImprovementItem\n      }\n      workOrders {\n        ...WorkOrderRow\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RndQueue {\n    rndQueue {\n      ...WorkOrderRow\n    }\n    improvementQueue {\n      ...ImprovementItem\n    }\n  }\n"): (typeof documents)["\n  query RndQueue {\n    rndQueue {\n      ...WorkOrderRow\n    }\n    improvementQueue {\n      ...ImprovementItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription RndQueueChanged {\n    rndQueueChanged {\n      seq\n    }\n  }\n"): (typeof documents)["\n  subscription RndQueueChanged {\n    rndQueueChanged {\n      seq\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BusinessCalendarItem on BusinessCalendar {\n    id\n    name\n    timeZone\n    workingWeekdays\n    holidays\n    makeUpWorkdays\n    version\n    periods {\n      start\n      end\n    }\n  }\n"): (typeof documents)["\n  fragment BusinessCalendarItem on BusinessCalendar {\n    id\n    name\n    timeZone\n    workingWeekdays\n    holidays\n    makeUpWorkdays\n    version\n    periods {\n      start\n      end\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SlaPolicyItem on SlaPolicy {\n    id\n    name\n    isDefault\n    warnAtShare\n    version\n    calendar {\n      id\n      name\n    }\n    targets {\n      priority\n      responseMinutes\n      resolutionMinutes\n    }\n  }\n"): (typeof documents)["\n  fragment SlaPolicyItem on SlaPolicy {\n    id\n    name\n    isDefault\n    warnAtShare\n    version\n    calendar {\n      id\n      name\n    }\n    targets {\n      priority\n      responseMinutes\n      resolutionMinutes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SlaAdmin {\n    businessCalendars {\n      ...BusinessCalendarItem\n    }\n    slaPolicies {\n      ...SlaPolicyItem\n    }\n  }\n"): (typeof documents)["\n  query SlaAdmin {\n    businessCalendars {\n      ...BusinessCalendarItem\n    }\n    slaPolicies {\n      ...SlaPolicyItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveBusinessCalendar($input: SaveBusinessCalendarInput!) {\n    saveBusinessCalendar(input: $input) {\n      ...BusinessCalendarItem\n    }\n  }\n"): (typeof documents)["\n  mutation SaveBusinessCalendar($input: SaveBusinessCalendarInput!) {\n    saveBusinessCalendar(input: $input) {\n      ...BusinessCalendarItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveSlaPolicy($input: SaveSlaPolicyInput!) {\n    saveSlaPolicy(input: $input) {\n      ...SlaPolicyItem\n    }\n  }\n"): (typeof documents)["\n  mutation SaveSlaPolicy($input: SaveSlaPolicyInput!) {\n    saveSlaPolicy(input: $input) {\n      ...SlaPolicyItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SupportRequestItem on SupportRequest {\n    id\n    content\n    status\n    holder\n    dueAt\n    proposedFor\n    version\n    createdAt\n    updatedAt\n    requestedBy {\n      id\n      name\n    }\n    responsibleForFailure {\n      id\n      name\n    }\n    handoffs {\n      id\n      content\n      scope\n      handoffAt\n      result\n      resolved\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  fragment SupportRequestItem on SupportRequest {\n    id\n    content\n    status\n    holder\n    dueAt\n    proposedFor\n    version\n    createdAt\n    updatedAt\n    requestedBy {\n      id\n      name\n    }\n    responsibleForFailure {\n      id\n      name\n    }\n    handoffs {\n      id\n      content\n      scope\n      handoffAt\n      result\n      resolved\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestSupport($input: RequestSupportInput!) {\n    requestSupport(input: $input) {\n      ...SupportRequestItem\n    }\n  }\n"): (typeof documents)["\n  mutation RequestSupport($input: RequestSupportInput!) {\n    requestSupport(input: $input) {\n      ...SupportRequestItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ActOnSupportRequest($input: SupportActionInput!) {\n    actOnSupportRequest(input: $input) {\n      ...SupportRequestItem\n    }\n  }\n"): (typeof documents)["\n  mutation ActOnSupportRequest($input: SupportActionInput!) {\n    actOnSupportRequest(input: $input) {\n      ...SupportRequestItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SurveyByToken($token: String!) {\n    surveyByToken(token: $token) {\n      ticketNumber\n      ticketTitle\n      answered\n    }\n  }\n"): (typeof documents)["\n  query SurveyByToken($token: String!) {\n    surveyByToken(token: $token) {\n      ticketNumber\n      ticketTitle\n      answered\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnswerSatisfactionSurveyByToken($input: AnswerSatisfactionSurveyByTokenInput!) {\n    answerSatisfactionSurveyByToken(input: $input) {\n      ticketNumber\n      ticketTitle\n      answered\n    }\n  }\n"): (typeof documents)["\n  mutation AnswerSatisfactionSurveyByToken($input: AnswerSatisfactionSurveyByTokenInput!) {\n    answerSatisfactionSurveyByToken(input: $input) {\n      ticketNumber\n      ticketTitle\n      answered\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProjectTaskItem on ProjectTask {\n    id\n    kind\n    description\n    dueOn\n    status\n    result\n    completedAt\n    createdAt\n    version\n    assignee {\n      id\n      name\n    }\n    createdBy {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment ProjectTaskItem on ProjectTask {\n    id\n    kind\n    description\n    dueOn\n    status\n    result\n    completedAt\n    createdAt\n    version\n    assignee {\n      id\n      name\n    }\n    createdBy {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyTasks {\n    myTasks {\n      ...ProjectTaskItem\n      project {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyTasks {\n    myTasks {\n      ...ProjectTaskItem\n      project {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription MyTasksChanged {\n    myTasksChanged {\n      seq\n    }\n  }\n"): (typeof documents)["\n  subscription MyTasksChanged {\n    myTasksChanged {\n      seq\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestInfo($input: RequestInfoInput!) {\n    requestInfo(input: $input) {\n      ...ProjectTaskItem\n    }\n  }\n"): (typeof documents)["\n  mutation RequestInfo($input: RequestInfoInput!) {\n    requestInfo(input: $input) {\n      ...ProjectTaskItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestUpgrade($input: RequestUpgradeInput!) {\n    requestUpgrade(input: $input) {\n      ...ProjectTaskItem\n    }\n  }\n"): (typeof documents)["\n  mutation RequestUpgrade($input: RequestUpgradeInput!) {\n    requestUpgrade(input: $input) {\n      ...ProjectTaskItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteProjectTask($input: CompleteProjectTaskInput!) {\n    completeProjectTask(input: $input) {\n      ...ProjectTaskItem\n    }\n  }\n"): (typeof documents)["\n  mutation CompleteProjectTask($input: CompleteProjectTaskInput!) {\n    completeProjectTask(input: $input) {\n      ...ProjectTaskItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SlaClockItem on SlaClock {\n    id\n    kind\n    state\n    pauseReason\n    startedAt\n    dueAt\n    targetMinutes\n    businessMinutesLeft\n    businessMinutesUsed\n    stoppedAt\n    warnedAt\n    breachedAt\n  }\n"): (typeof documents)["\n  fragment SlaClockItem on SlaClock {\n    id\n    kind\n    state\n    pauseReason\n    startedAt\n    dueAt\n    targetMinutes\n    businessMinutesLeft\n    businessMinutesUsed\n    stoppedAt\n    warnedAt\n    breachedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TicketRow on Ticket {\n    id\n    number\n    title\n    status\n    priority\n    tier\n    channel\n    category\n    createdAt\n    version\n    customer {\n      id\n      name\n    }\n    assignee {\n      id\n      name\n    }\n    slaClocks {\n      ...SlaClockItem\n    }\n  }\n"): (typeof documents)["\n  fragment TicketRow on Ticket {\n    id\n    number\n    title\n    status\n    priority\n    tier\n    channel\n    category\n    createdAt\n    version\n    customer {\n      id\n      name\n    }\n    assignee {\n      id\n      name\n    }\n    slaClocks {\n      ...SlaClockItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TicketMessageItem on TicketMessage {\n    id\n    body\n    internal\n    createdAt\n    author {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment TicketMessageItem on TicketMessage {\n    id\n    body\n    internal\n    createdAt\n    author {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SurveyResultItem on SatisfactionSurvey {\n    id\n    answered\n    answeredAt\n    responseSpeed\n    resolution\n    professionalism\n    attitude\n    comment\n  }\n"): (typeof documents)["\n  fragment SurveyResultItem on SatisfactionSurvey {\n    id\n    answered\n    answeredAt\n    responseSpeed\n    resolution\n    professionalism\n    attitude\n    comment\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TicketDetail on Ticket {\n    ...TicketRow\n    description\n    product\n    productVersion\n    module\n    occurredAt\n    frequency\n    steps\n    errorText\n    solution\n    reopenCount\n    acknowledgedAt\n    resolvedAt\n    closedAt\n    customerConfirmedAt\n    contact {\n      id\n      name\n      phone\n      email\n    }\n    project {\n      id\n      name\n    }\n    createdBy {\n      id\n      name\n    }\n    messages {\n      ...TicketMessageItem\n    }\n    writeUp {\n      cause\n      solution\n      steps\n      lessons\n    }\n    survey {\n      ...SurveyResultItem\n    }\n    attachments {\n      id\n      fileName\n      size\n      url\n      createdAt\n      uploadedBy {\n        id\n        name\n      }\n    }\n    viewerCan {\n      actions\n      reply\n      addInternalNote\n      assign\n      escalateTo\n      changePriority\n    }\n  }\n"): (typeof documents)["\n  fragment TicketDetail on Ticket {\n    ...TicketRow\n    description\n    product\n    productVersion\n    module\n    occurredAt\n    frequency\n    steps\n    errorText\n    solution\n    reopenCount\n    acknowledgedAt\n    resolvedAt\n    closedAt\n    customerConfirmedAt\n    contact {\n      id\n      name\n      phone\n      email\n    }\n    project {\n      id\n      name\n    }\n    createdBy {\n      id\n      name\n    }\n    messages {\n      ...TicketMessageItem\n    }\n    writeUp {\n      cause\n      solution\n      steps\n      lessons\n    }\n    survey {\n      ...SurveyResultItem\n    }\n    attachments {\n      id\n      fileName\n      size\n      url\n      createdAt\n      uploadedBy {\n        id\n        name\n      }\n    }\n    viewerCan {\n      actions\n      reply\n      addInternalNote\n      assign\n      escalateTo\n      changePriority\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Tickets($filter: TicketFilter) {\n    tickets(filter: $filter) {\n      ...TicketRow\n    }\n  }\n"): (typeof documents)["\n  query Tickets($filter: TicketFilter) {\n    tickets(filter: $filter) {\n      ...TicketRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WaitingTickets {\n    mine: tickets(filter: { mine: true }) {\n      id\n    }\n    unassigned: tickets(filter: { unassigned: true }) {\n      id\n    }\n  }\n"): (typeof documents)["\n  query WaitingTickets {\n    mine: tickets(filter: { mine: true }) {\n      id\n    }\n    unassigned: tickets(filter: { unassigned: true }) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Ticket($id: ID!) {\n    ticket(id: $id) {\n      ...TicketDetail\n    }\n  }\n"): (typeof documents)["\n  query Ticket($id: ID!) {\n    ticket(id: $id) {\n      ...TicketDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription TicketsChanged {\n    ticketsChanged {\n      seq\n      ticketId\n    }\n  }\n"): (typeof documents)["\n  subscription TicketsChanged {\n    ticketsChanged {\n      seq\n      ticketId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription TicketChanged($ticketId: ID!) {\n    ticketsChanged(ticketId: $ticketId) {\n      seq\n      ticketId\n      type\n      action\n    }\n  }\n"): (typeof documents)["\n  subscription TicketChanged($ticketId: ID!) {\n    ticketsChanged(ticketId: $ticketId) {\n      seq\n      ticketId\n      type\n      action\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TicketIntakeOptions {\n    customers {\n      id\n      name\n    }\n    projects {\n      id\n      name\n      customer {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query TicketIntakeOptions {\n    customers {\n      id\n      name\n    }\n    projects {\n      id\n      name\n      customer {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TicketEngineers {\n    users(role: PRESALES) {\n      id\n      name\n      senior\n    }\n  }\n"): (typeof documents)["\n  query TicketEngineers {\n    users(role: PRESALES) {\n      id\n      name\n      senior\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTicket($input: CreateTicketInput!) {\n    createTicket(input: $input) {\n      ...TicketDetail\n    }\n  }\n"): (typeof documents)["\n  mutation CreateTicket($input: CreateTicketInput!) {\n    createTicket(input: $input) {\n      ...TicketDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TicketStep($input: TicketStepInput!) {\n    ticketStep(input: $input) {\n      ...TicketDetail\n    }\n  }\n"): (typeof documents)["\n  mutation TicketStep($input: TicketStepInput!) {\n    ticketStep(input: $input) {\n      ...TicketDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddTicketMessage($input: TicketMessageInput!) {\n    addTicketMessage(input: $input) {\n      ...TicketMessageItem\n    }\n  }\n"): (typeof documents)["\n  mutation AddTicketMessage($input: TicketMessageInput!) {\n    addTicketMessage(input: $input) {\n      ...TicketMessageItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignTicket($input: AssignTicketInput!) {\n    assignTicket(input: $input) {\n      ...TicketDetail\n    }\n  }\n"): (typeof documents)["\n  mutation AssignTicket($input: AssignTicketInput!) {\n    assignTicket(input: $input) {\n      ...TicketDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EscalateTicket($input: EscalateTicketInput!) {\n    escalateTicket(input: $input) {\n      ...TicketDetail\n    }\n  }\n"): (typeof documents)["\n  mutation EscalateTicket($input: EscalateTicketInput!) {\n    escalateTicket(input: $input) {\n      ...TicketDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeTicketPriority($input: ChangeTicketPriorityInput!) {\n    changeTicketPriority(input: $input) {\n      ...TicketDetail\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeTicketPriority($input: ChangeTicketPriorityInput!) {\n    changeTicketPriority(input: $input) {\n      ...TicketDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectTickets($id: ID!) {\n    project(id: $id) {\n      id\n      tickets {\n        id\n        number\n        title\n        status\n        priority\n        createdAt\n        slaClocks {\n          ...SlaClockItem\n        }\n        assignee {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProjectTickets($id: ID!) {\n    project(id: $id) {\n      id\n      tickets {\n        id\n        number\n        title\n        status\n        priority\n        createdAt\n        slaClocks {\n          ...SlaClockItem\n        }\n        assignee {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerContacts($id: ID!) {\n    customer(id: $id) {\n      id\n      contacts {\n        id\n        name\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  query CustomerContacts($id: ID!) {\n    customer(id: $id) {\n      id\n      contacts {\n        id\n        name\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SuggestKnowledgeArticles($text: String!) {\n    suggestKnowledgeArticles(text: $text, limit: 5) {\n      id\n      title\n      cause\n      solution\n    }\n  }\n"): (typeof documents)["\n  query SuggestKnowledgeArticles($text: String!) {\n    suggestKnowledgeArticles(text: $text, limit: 5) {\n      id\n      title\n      cause\n      solution\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyOrganisation {\n    myOrganisation {\n      id\n      name\n      contacts {\n        id\n        name\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyOrganisation {\n    myOrganisation {\n      id\n      name\n      contacts {\n        id\n        name\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnswerSatisfactionSurvey($input: AnswerSatisfactionSurveyInput!) {\n    answerSatisfactionSurvey(input: $input) {\n      ...SurveyResultItem\n    }\n  }\n"): (typeof documents)["\n  mutation AnswerSatisfactionSurvey($input: AnswerSatisfactionSurveyInput!) {\n    answerSatisfactionSurvey(input: $input) {\n      ...SurveyResultItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyTrackingTable($month: String!) {\n    myTrackingTable(month: $month) {\n      id\n      entryDate\n      content\n      supportRole\n      project {\n        id\n        name\n      }\n      supporter {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyTrackingTable($month: String!) {\n    myTrackingTable(month: $month) {\n      id\n      entryDate\n      content\n      supportRole\n      project {\n        id\n        name\n      }\n      supporter {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UninitiatedWorkItem on UninitiatedWork {\n    id\n    projectName\n    description\n    status\n    reminders\n    lastRemindedAt\n    stoppedAt\n    createdAt\n    version\n    customer {\n      id\n      name\n    }\n    presales {\n      id\n      name\n    }\n    sales {\n      id\n      name\n    }\n    responsibleForDelay {\n      id\n      name\n    }\n    project {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment UninitiatedWorkItem on UninitiatedWork {\n    id\n    projectName\n    description\n    status\n    reminders\n    lastRemindedAt\n    stoppedAt\n    createdAt\n    version\n    customer {\n      id\n      name\n    }\n    presales {\n      id\n      name\n    }\n    sales {\n      id\n      name\n    }\n    responsibleForDelay {\n      id\n      name\n    }\n    project {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UninitiatedWork {\n    uninitiatedWork {\n      ...UninitiatedWorkItem\n    }\n  }\n"): (typeof documents)["\n  query UninitiatedWork {\n    uninitiatedWork {\n      ...UninitiatedWorkItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription UninitiatedWorkChanged {\n    uninitiatedWorkChanged {\n      seq\n    }\n  }\n"): (typeof documents)["\n  subscription UninitiatedWorkChanged {\n    uninitiatedWorkChanged {\n      seq\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordUninitiatedWork($input: RecordUninitiatedWorkInput!) {\n    recordUninitiatedWork(input: $input) {\n      ...UninitiatedWorkItem\n    }\n  }\n"): (typeof documents)["\n  mutation RecordUninitiatedWork($input: RecordUninitiatedWorkInput!) {\n    recordUninitiatedWork(input: $input) {\n      ...UninitiatedWorkItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemindSalesToInitiate($input: UninitiatedWorkStepInput!) {\n    remindSalesToInitiate(input: $input) {\n      ...UninitiatedWorkItem\n    }\n  }\n"): (typeof documents)["\n  mutation RemindSalesToInitiate($input: UninitiatedWorkStepInput!) {\n    remindSalesToInitiate(input: $input) {\n      ...UninitiatedWorkItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StopUninitiatedSupport($input: UninitiatedWorkStepInput!) {\n    stopUninitiatedSupport(input: $input) {\n      ...UninitiatedWorkItem\n    }\n  }\n"): (typeof documents)["\n  mutation StopUninitiatedSupport($input: UninitiatedWorkStepInput!) {\n    stopUninitiatedSupport(input: $input) {\n      ...UninitiatedWorkItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LinkInitiatedProject($input: LinkInitiatedProjectInput!) {\n    linkInitiatedProject(input: $input) {\n      ...UninitiatedWorkItem\n    }\n  }\n"): (typeof documents)["\n  mutation LinkInitiatedProject($input: LinkInitiatedProjectInput!) {\n    linkInitiatedProject(input: $input) {\n      ...UninitiatedWorkItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProductVersionItem on ProductVersion {\n    id\n    product\n    version\n    kind\n    confirmedAt\n    createdAt\n    confirmedBy {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment ProductVersionItem on ProductVersion {\n    id\n    product\n    version\n    kind\n    confirmedAt\n    createdAt\n    confirmedBy {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProductVersions {\n    productVersions {\n      ...ProductVersionItem\n    }\n  }\n"): (typeof documents)["\n  query ProductVersions {\n    productVersions {\n      ...ProductVersionItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterProductVersion($input: RegisterProductVersionInput!) {\n    registerProductVersion(input: $input) {\n      ...ProductVersionItem\n    }\n  }\n"): (typeof documents)["\n  mutation RegisterProductVersion($input: RegisterProductVersionInput!) {\n    registerProductVersion(input: $input) {\n      ...ProductVersionItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmProductVersion($versionId: ID!) {\n    confirmProductVersion(versionId: $versionId) {\n      ...ProductVersionItem\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmProductVersion($versionId: ID!) {\n    confirmProductVersion(versionId: $versionId) {\n      ...ProductVersionItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UseProductVersion($input: UseProductVersionInput!) {\n    useProductVersion(input: $input) {\n      ...ProjectCard\n      productVersion {\n        ...ProductVersionItem\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UseProductVersion($input: UseProductVersionInput!) {\n    useProductVersion(input: $input) {\n      ...ProjectCard\n      productVersion {\n        ...ProductVersionItem\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WaiverItem on Waiver {\n    id\n    step\n    reason\n    createdAt\n    waivedBy {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment WaiverItem on Waiver {\n    id\n    step\n    reason\n    createdAt\n    waivedBy {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WaiveStep($input: WaiveStepInput!) {\n    waiveStep(input: $input) {\n      ...WaiverItem\n    }\n  }\n"): (typeof documents)["\n  mutation WaiveStep($input: WaiveStepInput!) {\n    waiveStep(input: $input) {\n      ...WaiverItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WorkOrderRow on FaultWorkOrder {\n    id\n    title\n    status\n    projectName\n    createdAt\n    version\n    submittedBy {\n      id\n      name\n    }\n    lead {\n      id\n      name\n    }\n    viewerCan {\n      review\n      assignLead\n      addMembers\n      actions\n    }\n  }\n"): (typeof documents)["\n  fragment WorkOrderRow on FaultWorkOrder {\n    id\n    title\n    status\n    projectName\n    createdAt\n    version\n    submittedBy {\n      id\n      name\n    }\n    lead {\n      id\n      name\n    }\n    viewerCan {\n      review\n      assignLead\n      addMembers\n      actions\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WorkOrderDetail on FaultWorkOrder {\n    ...WorkOrderRow\n    environment\n    steps\n    symptoms\n    logs\n    rndAdvice\n    resubmissionNote\n    solution\n    disputeReason\n    conversionProposal\n    project {\n      id\n      name\n    }\n    members {\n      id\n      name\n    }\n    approval {\n      id\n      status\n      steps {\n        ...ApprovalStepItem\n      }\n    }\n    attachments {\n      id\n      fileName\n      contentType\n      size\n      url\n      createdAt\n      uploadedBy {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment WorkOrderDetail on FaultWorkOrder {\n    ...WorkOrderRow\n    environment\n    steps\n    symptoms\n    logs\n    rndAdvice\n    resubmissionNote\n    solution\n    disputeReason\n    conversionProposal\n    project {\n      id\n      name\n    }\n    members {\n      id\n      name\n    }\n    approval {\n      id\n      status\n      steps {\n        ...ApprovalStepItem\n      }\n    }\n    attachments {\n      id\n      fileName\n      contentType\n      size\n      url\n      createdAt\n      uploadedBy {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkOrder($id: ID!) {\n    workOrder(id: $id) {\n      ...WorkOrderDetail\n    }\n  }\n"): (typeof documents)["\n  query WorkOrder($id: ID!) {\n    workOrder(id: $id) {\n      ...WorkOrderDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitFaultWorkOrder($input: SubmitFaultWorkOrderInput!) {\n    submitFaultWorkOrder(input: $input) {\n      ...WorkOrderDetail\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitFaultWorkOrder($input: SubmitFaultWorkOrderInput!) {\n    submitFaultWorkOrder(input: $input) {\n      ...WorkOrderDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewFaultWorkOrder($input: ReviewFaultWorkOrderInput!) {\n    reviewFaultWorkOrder(input: $input) {\n      ...WorkOrderDetail\n    }\n  }\n"): (typeof documents)["\n  mutation ReviewFaultWorkOrder($input: ReviewFaultWorkOrderInput!) {\n    reviewFaultWorkOrder(input: $input) {\n      ...WorkOrderDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ActOnWorkOrder($input: WorkOrderActionInput!) {\n    actOnWorkOrder(input: $input) {\n      ...WorkOrderDetail\n    }\n  }\n"): (typeof documents)["\n  mutation ActOnWorkOrder($input: WorkOrderActionInput!) {\n    actOnWorkOrder(input: $input) {\n      ...WorkOrderDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddWorkOrderMember($input: AddWorkOrderMemberInput!) {\n    addWorkOrderMember(input: $input) {\n      ...WorkOrderDetail\n    }\n  }\n"): (typeof documents)["\n  mutation AddWorkOrderMember($input: AddWorkOrderMemberInput!) {\n    addWorkOrderMember(input: $input) {\n      ...WorkOrderDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignWorkOrderLead($input: AssignWorkOrderLeadInput!) {\n    assignWorkOrderLead(input: $input) {\n      ...WorkOrderDetail\n    }\n  }\n"): (typeof documents)["\n  mutation AssignWorkOrderLead($input: AssignWorkOrderLeadInput!) {\n    assignWorkOrderLead(input: $input) {\n      ...WorkOrderDetail\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;
using TeamSim.Core.Parameters;

namespace TeamSim.Core.Team;

/// <summary>The registry of every team-model parameter: name, default, range, meaning and source.</summary>
/// <remarks>
/// The one table of the team model's parameters: each definition is declared once here, and both
/// <see cref="Registry"/> (scenario files, <c>teamsim params</c>) and <see cref="TeamSettings"/> (the
/// typed values the model reads) are built from these definitions, so no key is written twice.
/// </remarks>
public static class TeamParameters
{
    private const string Calib = "prototype calibration (MODEL-BRIEF 3)";

    /// <summary>Names of the escalation profiles of incident arrivals.</summary>
    public static IReadOnlyList<string> ProfileNames { get; } = ["constant", "ramp", "waves", "shock"];

    private static ParameterSpec R(string name, double def, double min, double max, string description, string unit = "", string source = Calib, string symbol = "") =>
        new(name, ParameterKind.Real, def, min, max, description, unit, source, symbol);

    private static ParameterSpec I(string name, double def, double min, double max, string description, string unit = "", string source = Calib, string symbol = "") =>
        new(name, ParameterKind.Integer, def, min, max, description, unit, source, symbol);

    private static ParameterSpec B(string name, bool def, string description, string source = "research switch") =>
        new(name, ParameterKind.Boolean, def ? 1 : 0, 0, 1, description, "switch", source);

    // Team composition
    internal static ParameterSpec TeamSize { get; } = I("team.size", 8, 2, 100_000, "Members including the leader (memory grows as N^2: the default 4 GiB limit admits about 7,000 with two policies; raise --max-memory-gb for more)", "members", "MODEL-BRIEF 3", "N");
    internal static ParameterSpec TeamDomains { get; } = I("team.domains", 4, 1, 32, "Knowledge domains", "domains", "MODEL-BRIEF 3", "K");
    internal static ParameterSpec TeamPrimaryAlpha { get; } = R("team.primary_alpha", 6, 0.1, 100, "Beta alpha of expertise in a member's primary domain (mean a/(a+b))", "", Calib);
    internal static ParameterSpec TeamPrimaryBeta { get; } = R("team.primary_beta", 2, 0.1, 100, "Beta beta of expertise in the primary domain", "", Calib);
    internal static ParameterSpec TeamOtherAlpha { get; } = R("team.other_alpha", 2, 0.1, 100, "Beta alpha of expertise outside the primary domain (specialisation)", "", Calib);
    internal static ParameterSpec TeamOtherBeta { get; } = R("team.other_beta", 6, 0.1, 100, "Beta beta of expertise outside the primary domain", "", Calib);
    internal static ParameterSpec TeamRankExpertiseCorrelation { get; } = R("team.rank_expertise_correlation", 0.2, -1, 1, "Correlation of rank with mean expertise (seniority is not knowledge)", "correlation", Calib, "rho");
    internal static ParameterSpec TeamRankBias { get; } = R("team.rank_bias", 0.5, 0, 1, "Weight of 'seniors know everything' in the who-knows-what prior", "weight", "Wegner 1987; Lewis 2003", "");
    internal static ParameterSpec TeamDirectoryNoise { get; } = R("team.directory_noise", 0.2, 0, 1, "SD of noise in the who-knows-what prior", "expertise units", Calib);
    internal static ParameterSpec TeamSafety0 { get; } = R("team.safety0", 0.5, 0, 1, "Baseline psychological safety S0", "[0,1]", "Edmondson 1999", "S0");
    internal static ParameterSpec TeamArousal0 { get; } = R("team.arousal0", 0.2, 0, 1, "Resting arousal A0: the initial value and the level arousal relaxes to without pressure", "[0,1]", Calib, "A0");
    internal static ParameterSpec TeamMindset0 { get; } = R("team.mindset0", 0.7, 0, 1, "Initial learning mindset M0 (1 = learning, 0 = fixed)", "[0,1]", "Dweck 2006", "M0");
    internal static ParameterSpec TeamBenevolence0 { get; } = R("team.benevolence0", 0.5, 0, 1, "Initial benevolence trust between members", "[0,1]", "Mayer, Davis and Schoorman 1995", "Ben0");
    internal static ParameterSpec TeamGroupSize { get; } = I("team.group_size", 15, 0, 100_000, "Largest work group: the team splits into ceil(N / g_size) near-equal groups of consecutive members, within which solves are seen, help is sought, voice comes from and reviews are held (0 or >= team.size: one group, the whole team)", "members", "Dunbar and Spoors 1995; Zhou et al. 2005 (sympathy group of about 12-15); Hackman 2002", "g_size");

    // Leader and policy levers
    internal static ParameterSpec LeaderInquiry { get; } = R("leader.inquiry", 0.5, 0, 1, "Probability the leader asks who knows about a new incident when she is wholly unsure who knows (scaled by her uncertainty, leader.uncertainty_weight); the work starts at once and may be handed over when the answers arrive", "probability", "Schein 2013 (humble inquiry)", "q");
    internal static ParameterSpec LeaderBlame { get; } = R("leader.blame", 0.4, 0, 1, "Probability the leader blames a reported error instead of framing it as learning", "probability", "Edmondson 1996", "b");
    internal static ParameterSpec LeaderDelegation { get; } = R("leader.delegation", 0.6, 0, 1, "Probability the leader gives an incident away rather than keeping it", "probability", Calib, "d");
    internal static ParameterSpec LeaderTakeover { get; } = B("leader.takeover", true, "Leader centralises (takeover) when team pressure exceeds leader.crisis_threshold", "Staw, Sandelands and Dutton 1981");
    internal static ParameterSpec LeaderCrisisThreshold { get; } = R("leader.crisis_threshold", 0.5, 0, 100, "Team pressure above which the leader takes over", "pressure", "Staw, Sandelands and Dutton 1981", "theta_c");
    internal static ParameterSpec LeaderTakeoverByRank { get; } = B("leader.takeover_by_rank", false, "During takeover assign by rank instead of by the leader's directory");
    internal static ParameterSpec LeaderCapacity { get; } = I("leader.capacity", 2, 1, 100, "Most incidents the leader takes on herself (her queue limit)", "incidents", Calib, "C_L");
    internal static ParameterSpec LeaderInquiryDelay { get; } = I("leader.inquiry_delay", 3, 0, 100, "Ticks until the answers to an inquiry arrive; meanwhile the incident is worked under the leader's provisional choice", "ticks", Calib, "tau");
    internal static ParameterSpec LeaderHandoverCost { get; } = R("leader.handover_cost", 0.5, 0, 1, "Share of a tick the new assignee loses when answers move an incident to another member (briefing, lost progress)", "ticks", Calib, "c_hand");
    internal static ParameterSpec LeaderUncertaintyWeight { get; } = R("leader.uncertainty_weight", 1, 0, 1, "How much the leader's uncertainty about who knows scales her asking: P(ask) = q (1 - w + w u); 0 = asks with probability q whatever she knows", "weight", "Schein 2013; Wegner 1987", "w_u");
    internal static ParameterSpec LeaderAnswerNoise { get; } = R("leader.answer_noise", 0.1, 0, 1, "SD of noise in members' stated fit when asked", "fit units", Calib);
    internal static ParameterSpec LeaderAskLimit { get; } = I("leader.ask_limit", 15, 0, 100_000, "Most members the leader asks about one incident: those she believes best for its domain (0 = everyone present)", "members", "calibration: one sympathy group, as team.group_size", "c_ask");
    internal static ParameterSpec LeaderAnswerCost { get; } = R("leader.answer_cost", 0.05, 0, 1, "Share of a tick each asked member loses, whether or not they answer", "ticks", Calib);
    internal static ParameterSpec LeaderLoadPenalty { get; } = R("leader.load_penalty", 0.15, 0, 10, "Routing score penalty per incident already queued", "fit units", Calib, "load_pen");
    internal static ParameterSpec LeaderKeepMargin { get; } = R("leader.keep_margin", 0.2, 0, 1, "Leader keeps an incident only if her expertise is within this of the best score", "fit units", Calib, "keep_margin");
    internal static ParameterSpec LeaderDirection { get; } = R("leader.direction", 0.3, 0, 1, "Weight of the leader's instructions in an assignee's effective fit, x + dir (x_L - x), given when she believes she knows the incident's domain better than the assignee; instructed work teaches (1 - dir) as much", "weight", "Yun, Faraj and Sims 2005; Lorinkova, Pearsall and Sims 2013", "dir");
    internal static ParameterSpec LeaderExpertise { get; } = R("leader.expertise", -1, -1, 1, "Leader's expertise in every domain; -1 = an ordinary specialist", "[0,1] or -1", "MODEL-BRIEF 3");

    // Incidents and escalation
    internal static ParameterSpec IncidentsProfile { get; } = new ParameterSpec("incidents.profile", ParameterKind.Choice, 0, 0, 3, "Escalation profile of the arrival rate", "", "MODEL-BRIEF 3") { Choices = ProfileNames };
    internal static ParameterSpec IncidentsRate { get; } = R("incidents.rate", 0.4, 0, 100, "Arrival rate lambda0 (incidents per tick)", "1/tick", Calib, "lambda0");
    internal static ParameterSpec IncidentsRateEnd { get; } = R("incidents.rate_end", 0.8, 0, 100, "Ramp: rate at the last tick", "1/tick", Calib, "lambda1");
    internal static ParameterSpec IncidentsWavePeriod { get; } = I("incidents.wave_period", 100, 1, 1_000_000, "Waves: ticks between pulse starts", "ticks");
    internal static ParameterSpec IncidentsWaveWidth { get; } = I("incidents.wave_width", 20, 1, 1_000_000, "Waves: pulse length", "ticks");
    internal static ParameterSpec IncidentsWaveHeight { get; } = R("incidents.wave_height", 0.8, 0, 100, "Waves: rate added during a pulse", "1/tick");
    internal static ParameterSpec IncidentsShockTime { get; } = I("incidents.shock_time", 250, 0, 1_000_000, "Shock: tick of the step", "ticks", Calib, "t_s");
    internal static ParameterSpec IncidentsShockRate { get; } = R("incidents.shock_rate", 1.0, 0, 100, "Shock: rate after the step", "1/tick");
    internal static ParameterSpec IncidentsNovelty { get; } = R("incidents.novelty", 0.35, 0, 1, "Probability an incident is novel (needs hidden domains)", "probability", "Staw et al. 1981", "nu");
    internal static ParameterSpec IncidentsNovelSpread { get; } = R("incidents.novel_spread", 0.5, 0.05, 100, "Dirichlet concentration of a novel incident's hidden knowledge needs", "", Calib);
    internal static ParameterSpec IncidentsNovelSurfaceShare { get; } = R("incidents.novel_surface_share", 0.25, 0, 1, "Share of a novel incident's need that lies in its visible domain", "weight", Calib);
    internal static ParameterSpec IncidentsDifficultyMin { get; } = R("incidents.difficulty_min", 0.3, 0, 1, "Lower bound of incident difficulty delta ~ U(min, max)", "fit units", Calib, "delta");
    internal static ParameterSpec IncidentsDifficultyMax { get; } = R("incidents.difficulty_max", 0.7, 0, 1, "Upper bound of incident difficulty", "fit units", Calib, "delta");
    internal static ParameterSpec IncidentsSeverity0 { get; } = R("incidents.severity0", 1, 0.01, 100, "Initial severity s0", "damage/tick", Calib, "s0");
    internal static ParameterSpec IncidentsSeverityGrowth { get; } = R("incidents.severity_growth", 0.04, 0, 1, "Severity growth per open tick g (time pressure)", "1/tick", Calib, "g");
    internal static ParameterSpec IncidentsCrisisSeverity { get; } = R("incidents.crisis_severity", 4, 0.01, 1000, "Severity above which an incident is a crisis", "damage/tick", Calib, "s_crisis");
    internal static ParameterSpec IncidentsSeverityCap { get; } = R("incidents.severity_cap", 2, 1, 100, "Severity cap as a multiple of crisis severity", "multiple", Calib, "sev_cap");
    internal static ParameterSpec IncidentsCascadeRate { get; } = R("incidents.cascade_rate", 0.005, 0, 1, "Per-tick probability an open crisis spawns a new incident", "probability", Calib);

    // Work and the arousal-performance mechanisms
    internal static ParameterSpec WorkSolveRate { get; } = R("work.solve_rate", 0.8, 0, 1, "Base per-tick solve probability r", "probability", Calib, "r");
    internal static ParameterSpec WorkEffortBase { get; } = R("work.effort_base", 0.3, 0, 1, "Effort at zero arousal e0 (effort = 1-(1-e0)(1-A)^2)", "[0,1]", "Yerkes and Dodson 1908", "e0");
    internal static ParameterSpec WorkAttentionNarrowing { get; } = R("work.attention_narrowing", 1.0, 0, 1, "Attention narrowing by arousal on novel, hard work eta", "[0,1]", "Easterbrook 1959", "eta");
    internal static ParameterSpec WorkFitScale { get; } = R("work.fit_scale", 0.15, 0.01, 10, "Logistic scale of fit minus difficulty s_h", "fit units", Calib, "s_h");
    internal static ParameterSpec WorkHelpEffect { get; } = R("work.help_effect", 0.6, 0, 1, "How much a helper's fit adds to the worker's (theta_h)", "[0,1]", Calib, "theta_h");

    // Arousal, safety, mindset
    internal static ParameterSpec ArousalMemory { get; } = R("arousal.memory", 0.9, 0, 1, "Arousal persistence lambda_A", "[0,1]", Calib, "lambda_A");
    internal static ParameterSpec ArousalPressure { get; } = R("arousal.pressure", 0.6, 0, 5, "Arousal from team pressure a1", "", Calib, "a1");
    internal static ParameterSpec ArousalLoad { get; } = R("arousal.load", 0.1, 0, 5, "Arousal per queued incident a2", "", Calib, "a2");
    internal static ParameterSpec ArousalBlamed { get; } = R("arousal.blamed", 0.4, 0, 5, "Arousal from being blamed a3", "", "Edmondson 1999", "a3");
    internal static ParameterSpec ArousalError { get; } = R("arousal.error", 0.3, 0, 5, "Arousal from making an error a4", "", Calib, "a4");
    internal static ParameterSpec ArousalRigidityThreshold { get; } = R("arousal.rigidity_threshold", 0.6, 0, 1, "Arousal above which mindset drifts to fixed (threat rigidity)", "[0,1]", "Staw et al. 1981", "A_thr");
    internal static ParameterSpec MindsetRigidityRate { get; } = R("mindset.rigidity_rate", 0.01, 0, 1, "Per-tick mindset loss while arousal exceeds the threshold", "1/tick", "Staw et al. 1981");
    internal static ParameterSpec MindsetBlameLoss { get; } = R("mindset.blame_loss", 0.05, 0, 1, "Mindset loss when blamed m_blame", "", "Dweck 2006", "m_blame");
    internal static ParameterSpec MindsetLearningGain { get; } = R("mindset.learning_gain", 0.05, 0, 1, "Mindset gain from learning framing or a review m_learn", "", "Dweck 2006", "m_learn");
    internal static ParameterSpec SafetyInquiryGain { get; } = R("safety.inquiry_gain", 0.01, 0, 1, "Safety gain of a member the leader asks gamma_inq", "", "Edmondson 1999", "gamma_inq");
    internal static ParameterSpec SafetyBlameLoss { get; } = R("safety.blame_loss", 0.2, 0, 1, "Safety loss of a blamed member gamma_b", "", "Edmondson 1999", "gamma_b");
    internal static ParameterSpec SafetyLearningGain { get; } = R("safety.learning_gain", 0.05, 0, 1, "Safety gain from learning framing gamma_l", "", "Edmondson 1999", "gamma_l");
    internal static ParameterSpec SafetyRelax { get; } = R("safety.relax", 0.005, 0, 1, "Per-tick relaxation of safety toward its baseline", "1/tick", Calib, "S_relax");

    // Trust
    internal static ParameterSpec TrustGain { get; } = R("trust.gain", 0.03, 0, 1, "Benevolence gain after good treatment or help that works", "", "Mayer, Davis and Schoorman 1995");
    internal static ParameterSpec TrustLoss { get; } = R("trust.loss", 0.08, 0, 1, "Benevolence loss after blame or help that fails (losses exceed gains)", "", "Slovic 1993 (trust asymmetry)");

    // Errors
    internal static ParameterSpec ErrorsRate { get; } = R("errors.rate", 0.06, 0, 1, "Error rate mu per working tick at zero fit", "probability", Calib, "mu");
    internal static ParameterSpec ErrorsArousalGain { get; } = R("errors.arousal_gain", 1.0, 0, 10, "Error rate increase with arousal zeta", "", Calib, "zeta");
    internal static ParameterSpec ErrorsSeverity { get; } = R("errors.severity", 1.0, 0, 100, "Severity an error adds, as a multiple of s0", "multiple", Calib, "err_sev");
    internal static ParameterSpec ErrorsContainment { get; } = R("errors.containment", 0.8, 0, 1, "Share of an error's severity undone when it is reported", "[0,1]", Calib, "contain");
    internal static ParameterSpec ErrorsReportIntercept { get; } = R("errors.report_intercept", -4.5, -20, 20, "Logit intercept of reporting b0", "logit", "Edmondson 1996", "b0");
    internal static ParameterSpec ErrorsReportSafety { get; } = R("errors.report_safety", 6, -20, 20, "Logit weight of safety in reporting b1", "logit", "Edmondson 1996", "b1");
    internal static ParameterSpec ErrorsReportMindset { get; } = R("errors.report_mindset", 1.5, -20, 20, "Logit weight of mindset in reporting b2", "logit", "Dweck 2006", "b2");
    internal static ParameterSpec ErrorsReportProtocol { get; } = R("errors.report_protocol", 1.0, -20, 20, "Logit weight of the error protocol in reporting b3", "logit", "Helmreich 2000", "b3");
    internal static ParameterSpec ErrorsProtocol { get; } = B("errors.protocol", false, "Error protocol: full containment and a damped arousal spike", "Helmreich 2000; Gawande 2009");
    internal static ParameterSpec ErrorsProtocolDamping { get; } = R("errors.protocol_damping", 0.5, 0, 1, "Share of the error arousal spike removed by the protocol", "[0,1]", Calib);
    internal static ParameterSpec ErrorsLatentHazard { get; } = R("errors.latent_hazard", 0.03, 0, 1, "Per-tick hazard that a concealed error surfaces h_lat", "1/tick", "Reason 1990", "h_lat");
    internal static ParameterSpec ErrorsLatentSeverity { get; } = R("errors.latent_severity", 1.5, 0, 100, "Severity of a surfaced latent error, multiple of s0 m_lat", "multiple", "Reason 1990", "m_lat");

    // Help and voice
    internal static ParameterSpec HelpBeta { get; } = R("help.beta", 3, 0, 50, "Softmax sharpness of help-target choice over trust x perceived ability", "", "calibrated to ~2:1 trusted:senior (ERC 2012)", "help_beta");
    internal static ParameterSpec HelpCost { get; } = R("help.cost", 0.3, 0, 1, "Share of a tick the helper loses", "ticks", Calib, "help_cost");
    internal static ParameterSpec DirectoryObservationRate { get; } = R("directory.observation_rate", 0.05, 0, 1, "Step of directory entries toward the truth when a solve is seen", "[0,1]", "Lewis 2003", "obs_rate");
    internal static ParameterSpec DirectoryInquiryRate { get; } = R("directory.inquiry_rate", 0.3, 0, 1, "Step of the leader's directory toward an answering member's true expertise, weighted by the incident's needs", "[0,1]", "Wegner 1987");
    internal static ParameterSpec DirectoryHelpRate { get; } = R("directory.help_rate", 0.2, 0, 1, "Step of the asker's directory toward the helper's true expertise", "[0,1]", "Wegner 1987");
    internal static ParameterSpec VoiceMargin { get; } = R("voice.margin", 0.15, 0, 1, "Fit advantage over the assignee at which a member considers speaking up", "fit units", "Detert and Burris 2007");
    internal static ParameterSpec VoiceLoadAware { get; } = B("voice.load_aware", true, "A would-be voicer weighs her own queue: her advantage is reduced by leader.load_penalty x (her queue - the assignee's), as in routing (false: queue-blind voice)", "Detert and Burris 2007; load-aware as in routing");

    // Learning practices
    internal static ParameterSpec LearningByDoing { get; } = R("learning.by_doing", 0.3, 0, 1, "Expertise gain per solve, l_do x fit x w_k x e(1 - e) in each domain the incident needs (diminishing returns; no gain from ticks of struggle)", "", "Argote 1999; Cohen and Levinthal 1990", "l_do");
    internal static ParameterSpec LearningForgetting { get; } = R("learning.forgetting", 0.002, 0, 1, "Per-tick decay of learned expertise toward what the member started with", "1/tick", "Argote 1999 (knowledge depreciation)", "f");
    internal static ParameterSpec PracticesReviewInterval { get; } = I("practices.review_interval", 0, 0, 1_000_000, "Ticks between post-action reviews (0 = none)", "ticks", "Tannenbaum and Cerasoli 2013");
    internal static ParameterSpec PracticesReviewCost { get; } = R("practices.review_cost", 4, 0, 1000, "Member-ticks a review costs", "member-ticks", Calib);
    internal static ParameterSpec PracticesReviewLearning { get; } = R("practices.review_learning", 0.04, 0, 1, "Most a review teaches in a domain: l_rev x candour x (1 - e) x (1 - exp(-sum of the needs of the reviewed items))", "", "Tannenbaum and Cerasoli 2013", "l_rev");
    internal static ParameterSpec PracticesCandorLoss { get; } = R("practices.candor_loss", 0.5, 0, 1, "How much the share of reported errors actually blamed since the last review reduces what it teaches", "[0,1]", "Edmondson 1996");
    internal static ParameterSpec PracticesRotationInterval { get; } = I("practices.rotation_interval", 0, 0, 1_000_000, "Ticks between role rotations (0 = none)", "ticks", "Marks et al. 2002");
    internal static ParameterSpec PracticesRotationShare { get; } = R("practices.rotation_share", 0.2, 0, 1, "Probability a rotated member takes work from the partner's domain", "probability", Calib);
    internal static ParameterSpec PracticesRotationLearning { get; } = R("practices.rotation_learning", 0.3, 0, 1, "Cross-training step toward the partner's expertise rot_learn", "", "Marks et al. 2002", "rot_learn");

    // Personnel
    internal static ParameterSpec AbsenceMember { get; } = I("absence.member", -1, -1, 100_000, "Index of the absent member (-1 = none; 0 is the leader, who then stops working but still routes)", "member");
    internal static ParameterSpec AbsenceTopExpertDomain { get; } = I("absence.top_expert_domain", -1, -1, 31, "Domain whose top expert (by initial expertise, never the leader) is absent (-1 = none)", "domain");
    internal static ParameterSpec AbsenceStart { get; } = I("absence.start", 0, 0, 1_000_000, "First tick of the absence", "ticks");
    internal static ParameterSpec AbsenceDuration { get; } = I("absence.duration", 0, 0, 1_000_000, "Length of the absence (0 = none)", "ticks");
    internal static ParameterSpec TurnoverRate { get; } = R("turnover.rate", 0, 0, 1, "Per-member per-tick probability of being replaced by a newcomer", "1/tick", "March 1991");
    internal static ParameterSpec TurnoverNewcomerExpertise { get; } = R("turnover.newcomer_expertise", 0.2, 0, 1, "Mean expertise of a newcomer in every domain", "[0,1]", Calib);

    // Ablation switches: each removes one pathway so a policy gap can be split into its parts.
    internal static ParameterSpec AblateVoice { get; } = B("ablate.voice", false, "Turn voice off: nobody speaks up, and members answer the leader's questions at the baseline safety rate");
    internal static ParameterSpec AblateReporting { get; } = B("ablate.reporting", false, "Fix the report probability at its baseline (safety and mindset no longer matter)");
    internal static ParameterSpec AblateHelp { get; } = B("ablate.help", false, "Turn help-seeking off");
    internal static ParameterSpec AblateLearning { get; } = B("ablate.learning", false, "Turn expertise learning off (by doing, in reviews, by rotation cross-training) and the review mindset gain");
    internal static ParameterSpec AblateRouting { get; } = B("ablate.routing", false, "Inquiry reveals nothing (the directory does not move)");
    internal static ParameterSpec AblateDelay { get; } = B("ablate.delay", false, "Inquiry costs no time: answers arrive at once, answering and hand-overs are free");
    internal static ParameterSpec AblateTakeover { get; } = B("ablate.takeover", false, "Turn crisis takeover off");

    /// <summary>Every team-model parameter, in the order <c>teamsim params</c> lists them.</summary>
    /// <remarks>Declared after the definitions: static properties are initialised in the order they are written.</remarks>
    public static ParameterRegistry Registry { get; } = new(
    [
        TeamSize,
        TeamDomains,
        TeamPrimaryAlpha,
        TeamPrimaryBeta,
        TeamOtherAlpha,
        TeamOtherBeta,
        TeamRankExpertiseCorrelation,
        TeamRankBias,
        TeamDirectoryNoise,
        TeamSafety0,
        TeamArousal0,
        TeamMindset0,
        TeamBenevolence0,
        TeamGroupSize,
        LeaderInquiry,
        LeaderBlame,
        LeaderDelegation,
        LeaderTakeover,
        LeaderCrisisThreshold,
        LeaderTakeoverByRank,
        LeaderCapacity,
        LeaderInquiryDelay,
        LeaderHandoverCost,
        LeaderUncertaintyWeight,
        LeaderAnswerNoise,
        LeaderAskLimit,
        LeaderAnswerCost,
        LeaderLoadPenalty,
        LeaderKeepMargin,
        LeaderDirection,
        LeaderExpertise,
        IncidentsProfile,
        IncidentsRate,
        IncidentsRateEnd,
        IncidentsWavePeriod,
        IncidentsWaveWidth,
        IncidentsWaveHeight,
        IncidentsShockTime,
        IncidentsShockRate,
        IncidentsNovelty,
        IncidentsNovelSpread,
        IncidentsNovelSurfaceShare,
        IncidentsDifficultyMin,
        IncidentsDifficultyMax,
        IncidentsSeverity0,
        IncidentsSeverityGrowth,
        IncidentsCrisisSeverity,
        IncidentsSeverityCap,
        IncidentsCascadeRate,
        WorkSolveRate,
        WorkEffortBase,
        WorkAttentionNarrowing,
        WorkFitScale,
        WorkHelpEffect,
        ArousalMemory,
        ArousalPressure,
        ArousalLoad,
        ArousalBlamed,
        ArousalError,
        ArousalRigidityThreshold,
        MindsetRigidityRate,
        MindsetBlameLoss,
        MindsetLearningGain,
        SafetyInquiryGain,
        SafetyBlameLoss,
        SafetyLearningGain,
        SafetyRelax,
        TrustGain,
        TrustLoss,
        ErrorsRate,
        ErrorsArousalGain,
        ErrorsSeverity,
        ErrorsContainment,
        ErrorsReportIntercept,
        ErrorsReportSafety,
        ErrorsReportMindset,
        ErrorsReportProtocol,
        ErrorsProtocol,
        ErrorsProtocolDamping,
        ErrorsLatentHazard,
        ErrorsLatentSeverity,
        HelpBeta,
        HelpCost,
        DirectoryObservationRate,
        DirectoryInquiryRate,
        DirectoryHelpRate,
        VoiceMargin,
        VoiceLoadAware,
        LearningByDoing,
        LearningForgetting,
        PracticesReviewInterval,
        PracticesReviewCost,
        PracticesReviewLearning,
        PracticesCandorLoss,
        PracticesRotationInterval,
        PracticesRotationShare,
        PracticesRotationLearning,
        AbsenceMember,
        AbsenceTopExpertDomain,
        AbsenceStart,
        AbsenceDuration,
        TurnoverRate,
        TurnoverNewcomerExpertise,
        AblateVoice,
        AblateReporting,
        AblateHelp,
        AblateLearning,
        AblateRouting,
        AblateDelay,
        AblateTakeover,
    ]);
}

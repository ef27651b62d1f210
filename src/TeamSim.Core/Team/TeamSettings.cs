using TeamSim.Core.Parameters;

namespace TeamSim.Core.Team;

/// <summary>The team parameters read once from a <see cref="ParameterSet"/> into fields, for the hot loop.</summary>
internal sealed class TeamSettings
{
    public TeamSettings(ParameterSet p)
    {
        Size = p.Int("team.size");
        Domains = p.Int("team.domains");
        PrimaryAlpha = p["team.primary_alpha"];
        PrimaryBeta = p["team.primary_beta"];
        OtherAlpha = p["team.other_alpha"];
        OtherBeta = p["team.other_beta"];
        RankExpertiseCorrelation = p["team.rank_expertise_correlation"];
        RankBias = p["team.rank_bias"];
        DirectoryNoise = p["team.directory_noise"];
        Safety0 = p["team.safety0"];
        Arousal0 = p["team.arousal0"];
        Mindset0 = p["team.mindset0"];
        Benevolence0 = p["team.benevolence0"];
        GroupSize = p.Int("team.group_size");

        Inquiry = p["leader.inquiry"];
        Blame = p["leader.blame"];
        Delegation = p["leader.delegation"];
        Takeover = p.Bool("leader.takeover") && !p.Bool("ablate.takeover");
        CrisisThreshold = p["leader.crisis_threshold"];
        TakeoverByRank = p.Bool("leader.takeover_by_rank");
        LeaderCapacity = p.Int("leader.capacity");
        InquiryDelay = p.Bool("ablate.delay") ? 0 : p.Int("leader.inquiry_delay");
        AskLimit = p.Int("leader.ask_limit");
        AnswerNoise = p["leader.answer_noise"];
        AnswerCost = p.Bool("ablate.delay") ? 0 : p["leader.answer_cost"];
        HandoverCost = p.Bool("ablate.delay") ? 0 : p["leader.handover_cost"];
        UncertaintyWeight = p["leader.uncertainty_weight"];
        LoadPenalty = p["leader.load_penalty"];
        KeepMargin = p["leader.keep_margin"];
        LeaderExpertise = p["leader.expertise"];
        Direction = p["leader.direction"];

        Novelty = p["incidents.novelty"];
        NovelSpread = p["incidents.novel_spread"];
        NovelSurfaceShare = p["incidents.novel_surface_share"];
        DifficultyMin = Math.Min(p["incidents.difficulty_min"], p["incidents.difficulty_max"]);
        DifficultyMax = Math.Max(p["incidents.difficulty_min"], p["incidents.difficulty_max"]);
        Severity0 = p["incidents.severity0"];
        SeverityGrowth = p["incidents.severity_growth"];
        CrisisSeverity = p["incidents.crisis_severity"];
        SeverityCap = p["incidents.severity_cap"] * CrisisSeverity;
        CascadeRate = p["incidents.cascade_rate"];

        SolveRate = p["work.solve_rate"];
        EffortBase = p["work.effort_base"];
        AttentionNarrowing = p["work.attention_narrowing"];
        FitScale = p["work.fit_scale"];
        HelpEffect = p["work.help_effect"];

        ArousalMemory = p["arousal.memory"];
        ArousalPressure = p["arousal.pressure"];
        ArousalLoad = p["arousal.load"];
        ArousalBlamed = p["arousal.blamed"];
        ArousalError = p["arousal.error"];
        RigidityThreshold = p["arousal.rigidity_threshold"];
        RigidityRate = p["mindset.rigidity_rate"];
        MindsetBlameLoss = p["mindset.blame_loss"];
        MindsetLearningGain = p["mindset.learning_gain"];
        SafetyInquiryGain = p["safety.inquiry_gain"];
        SafetyBlameLoss = p["safety.blame_loss"];
        SafetyLearningGain = p["safety.learning_gain"];
        SafetyRelax = p["safety.relax"];
        TrustGain = p["trust.gain"];
        TrustLoss = p["trust.loss"];

        ErrorRate = p["errors.rate"];
        ErrorArousalGain = p["errors.arousal_gain"];
        ErrorSeverity = p["errors.severity"];
        Containment = p["errors.containment"];
        ReportIntercept = p["errors.report_intercept"];
        ReportSafety = p["errors.report_safety"];
        ReportMindset = p["errors.report_mindset"];
        ReportProtocol = p["errors.report_protocol"];
        Protocol = p.Bool("errors.protocol");
        ProtocolDamping = p["errors.protocol_damping"];
        LatentHazard = p["errors.latent_hazard"];
        LatentSeverity = p["errors.latent_severity"];

        HelpBeta = p["help.beta"];
        HelpCost = p["help.cost"];
        ObservationRate = p["directory.observation_rate"];
        InquiryRate = p["directory.inquiry_rate"];
        HelpDirectoryRate = p["directory.help_rate"];
        VoiceMargin = p["voice.margin"];
        VoiceLoadAware = p.Bool("voice.load_aware");

        LearningByDoing = p["learning.by_doing"];
        Forgetting = p["learning.forgetting"];
        ReviewInterval = p.Int("practices.review_interval");
        ReviewCost = p["practices.review_cost"];
        ReviewLearning = p["practices.review_learning"];
        CandorLoss = p["practices.candor_loss"];
        RotationInterval = p.Int("practices.rotation_interval");
        RotationShare = p["practices.rotation_share"];
        RotationLearning = p["practices.rotation_learning"];

        AbsentMember = p.Int("absence.member");
        AbsentTopExpertDomain = p.Int("absence.top_expert_domain");
        AbsenceStart = p.Int("absence.start");
        AbsenceDuration = p.Int("absence.duration");
        TurnoverRate = p["turnover.rate"];
        NewcomerExpertise = p["turnover.newcomer_expertise"];

        AblateVoice = p.Bool("ablate.voice");
        AblateReporting = p.Bool("ablate.reporting");
        AblateHelp = p.Bool("ablate.help");
        AblateLearning = p.Bool("ablate.learning");
        AblateRouting = p.Bool("ablate.routing");

        if (AbsentMember >= Size)
        {
            throw new ArgumentException($"absence.member: must be a member index below team.size ({Size}), got {AbsentMember}");
        }

        if (AbsentTopExpertDomain >= Domains)
        {
            throw new ArgumentException($"absence.top_expert_domain: must be a domain index below team.domains ({Domains}), got {AbsentTopExpertDomain}");
        }
    }

    public int Size { get; }
    public int Domains { get; }
    public double PrimaryAlpha { get; }
    public double PrimaryBeta { get; }
    public double OtherAlpha { get; }
    public double OtherBeta { get; }
    public double RankExpertiseCorrelation { get; }
    public double RankBias { get; }
    public double DirectoryNoise { get; }
    public double Safety0 { get; }
    public double Arousal0 { get; }
    public double Mindset0 { get; }
    public double Benevolence0 { get; }
    public int GroupSize { get; }
    public double Inquiry { get; }
    public double Blame { get; }
    public double Delegation { get; }
    public bool Takeover { get; }
    public double CrisisThreshold { get; }
    public bool TakeoverByRank { get; }
    public int LeaderCapacity { get; }
    public int InquiryDelay { get; }
    public int AskLimit { get; }
    public double AnswerNoise { get; }
    public double AnswerCost { get; }
    public double HandoverCost { get; }
    public double UncertaintyWeight { get; }
    public double LoadPenalty { get; }
    public double KeepMargin { get; }
    public double Direction { get; }
    public double LeaderExpertise { get; }
    public double Novelty { get; }
    public double NovelSpread { get; }
    public double NovelSurfaceShare { get; }
    public double DifficultyMin { get; }
    public double DifficultyMax { get; }
    public double Severity0 { get; }
    public double SeverityGrowth { get; }
    public double CrisisSeverity { get; }
    public double SeverityCap { get; }
    public double CascadeRate { get; }
    public double SolveRate { get; }
    public double EffortBase { get; }
    public double AttentionNarrowing { get; }
    public double FitScale { get; }
    public double HelpEffect { get; }
    public double ArousalMemory { get; }
    public double ArousalPressure { get; }
    public double ArousalLoad { get; }
    public double ArousalBlamed { get; }
    public double ArousalError { get; }
    public double RigidityThreshold { get; }
    public double RigidityRate { get; }
    public double MindsetBlameLoss { get; }
    public double MindsetLearningGain { get; }
    public double SafetyInquiryGain { get; }
    public double SafetyBlameLoss { get; }
    public double SafetyLearningGain { get; }
    public double SafetyRelax { get; }
    public double TrustGain { get; }
    public double TrustLoss { get; }
    public double ErrorRate { get; }
    public double ErrorArousalGain { get; }
    public double ErrorSeverity { get; }
    public double Containment { get; }
    public double ReportIntercept { get; }
    public double ReportSafety { get; }
    public double ReportMindset { get; }
    public double ReportProtocol { get; }
    public bool Protocol { get; }
    public double ProtocolDamping { get; }
    public double LatentHazard { get; }
    public double LatentSeverity { get; }
    public double HelpBeta { get; }
    public double HelpCost { get; }
    public double ObservationRate { get; }
    public double InquiryRate { get; }
    public double HelpDirectoryRate { get; }
    public double VoiceMargin { get; }
    public bool VoiceLoadAware { get; }
    public double LearningByDoing { get; }
    public double Forgetting { get; }
    public int ReviewInterval { get; }
    public double ReviewCost { get; }
    public double ReviewLearning { get; }
    public double CandorLoss { get; }
    public int RotationInterval { get; }
    public double RotationShare { get; }
    public double RotationLearning { get; }
    public int AbsentMember { get; }
    public int AbsentTopExpertDomain { get; }
    public int AbsenceStart { get; }
    public int AbsenceDuration { get; }
    public double TurnoverRate { get; }
    public double NewcomerExpertise { get; }
    public bool AblateVoice { get; }
    public bool AblateReporting { get; }
    public bool AblateHelp { get; }
    public bool AblateLearning { get; }
    public bool AblateRouting { get; }
}

using TeamSim.Core.Parameters;

namespace TeamSim.Core.Team;

/// <summary>
/// The team parameters read once from a <see cref="ParameterSet"/> into fields, for the hot loop;
/// each is read through its definition in <see cref="TeamParameters"/>, never by a key string.
/// </summary>
internal sealed class TeamSettings
{
    public TeamSettings(ParameterSet p)
        : this(p, keysRead: null)
    {
    }

    /// <summary>Reads the settings and adds the key of every parameter read to <paramref name="keysRead"/> (for tests).</summary>
    internal TeamSettings(ParameterSet p, ISet<string>? keysRead)
    {
        var read = new Reader(p, keysRead);
        Size = read.Int(TeamParameters.TeamSize);
        Domains = read.Int(TeamParameters.TeamDomains);
        PrimaryAlpha = read.Real(TeamParameters.TeamPrimaryAlpha);
        PrimaryBeta = read.Real(TeamParameters.TeamPrimaryBeta);
        OtherAlpha = read.Real(TeamParameters.TeamOtherAlpha);
        OtherBeta = read.Real(TeamParameters.TeamOtherBeta);
        RankExpertiseCorrelation = read.Real(TeamParameters.TeamRankExpertiseCorrelation);
        RankBias = read.Real(TeamParameters.TeamRankBias);
        DirectoryNoise = read.Real(TeamParameters.TeamDirectoryNoise);
        Safety0 = read.Real(TeamParameters.TeamSafety0);
        Arousal0 = read.Real(TeamParameters.TeamArousal0);
        Mindset0 = read.Real(TeamParameters.TeamMindset0);
        Benevolence0 = read.Real(TeamParameters.TeamBenevolence0);
        GroupSize = read.Int(TeamParameters.TeamGroupSize);

        Inquiry = read.Real(TeamParameters.LeaderInquiry);
        Blame = read.Real(TeamParameters.LeaderBlame);
        Delegation = read.Real(TeamParameters.LeaderDelegation);
        Takeover = read.Bool(TeamParameters.LeaderTakeover) && !read.Bool(TeamParameters.AblateTakeover);
        CrisisThreshold = read.Real(TeamParameters.LeaderCrisisThreshold);
        TakeoverByRank = read.Bool(TeamParameters.LeaderTakeoverByRank);
        LeaderCapacity = read.Int(TeamParameters.LeaderCapacity);
        InquiryDelay = read.Bool(TeamParameters.AblateDelay) ? 0 : read.Int(TeamParameters.LeaderInquiryDelay);
        AskLimit = read.Int(TeamParameters.LeaderAskLimit);
        AnswerNoise = read.Real(TeamParameters.LeaderAnswerNoise);
        AnswerCost = read.Bool(TeamParameters.AblateDelay) ? 0 : read.Real(TeamParameters.LeaderAnswerCost);
        HandoverCost = read.Bool(TeamParameters.AblateDelay) ? 0 : read.Real(TeamParameters.LeaderHandoverCost);
        UncertaintyWeight = read.Real(TeamParameters.LeaderUncertaintyWeight);
        LoadPenalty = read.Real(TeamParameters.LeaderLoadPenalty);
        KeepMargin = read.Real(TeamParameters.LeaderKeepMargin);
        LeaderExpertise = read.Real(TeamParameters.LeaderExpertise);
        Direction = read.Real(TeamParameters.LeaderDirection);

        Novelty = read.Real(TeamParameters.IncidentsNovelty);
        ArrivalProfile = read.Int(TeamParameters.IncidentsProfile);
        IncidentRate = read.Real(TeamParameters.IncidentsRate);
        IncidentRateEnd = read.Real(TeamParameters.IncidentsRateEnd);
        WavePeriod = read.Int(TeamParameters.IncidentsWavePeriod);
        WaveWidth = read.Int(TeamParameters.IncidentsWaveWidth);
        WaveHeight = read.Real(TeamParameters.IncidentsWaveHeight);
        ShockTime = read.Int(TeamParameters.IncidentsShockTime);
        ShockRate = read.Real(TeamParameters.IncidentsShockRate);
        NovelSpread = read.Real(TeamParameters.IncidentsNovelSpread);
        NovelSurfaceShare = read.Real(TeamParameters.IncidentsNovelSurfaceShare);
        DifficultyMin = Math.Min(read.Real(TeamParameters.IncidentsDifficultyMin), read.Real(TeamParameters.IncidentsDifficultyMax));
        DifficultyMax = Math.Max(read.Real(TeamParameters.IncidentsDifficultyMin), read.Real(TeamParameters.IncidentsDifficultyMax));
        Severity0 = read.Real(TeamParameters.IncidentsSeverity0);
        SeverityGrowth = read.Real(TeamParameters.IncidentsSeverityGrowth);
        CrisisSeverity = read.Real(TeamParameters.IncidentsCrisisSeverity);
        SeverityCap = read.Real(TeamParameters.IncidentsSeverityCap) * CrisisSeverity;
        CascadeRate = read.Real(TeamParameters.IncidentsCascadeRate);

        SolveRate = read.Real(TeamParameters.WorkSolveRate);
        EffortBase = read.Real(TeamParameters.WorkEffortBase);
        AttentionNarrowing = read.Real(TeamParameters.WorkAttentionNarrowing);
        FitScale = read.Real(TeamParameters.WorkFitScale);
        HelpEffect = read.Real(TeamParameters.WorkHelpEffect);

        ArousalMemory = read.Real(TeamParameters.ArousalMemory);
        ArousalPressure = read.Real(TeamParameters.ArousalPressure);
        ArousalLoad = read.Real(TeamParameters.ArousalLoad);
        ArousalBlamed = read.Real(TeamParameters.ArousalBlamed);
        ArousalError = read.Real(TeamParameters.ArousalError);
        RigidityThreshold = read.Real(TeamParameters.ArousalRigidityThreshold);
        RigidityRate = read.Real(TeamParameters.MindsetRigidityRate);
        MindsetBlameLoss = read.Real(TeamParameters.MindsetBlameLoss);
        MindsetLearningGain = read.Real(TeamParameters.MindsetLearningGain);
        SafetyInquiryGain = read.Real(TeamParameters.SafetyInquiryGain);
        SafetyBlameLoss = read.Real(TeamParameters.SafetyBlameLoss);
        SafetyLearningGain = read.Real(TeamParameters.SafetyLearningGain);
        SafetyRelax = read.Real(TeamParameters.SafetyRelax);
        TrustGain = read.Real(TeamParameters.TrustGain);
        TrustLoss = read.Real(TeamParameters.TrustLoss);

        ErrorRate = read.Real(TeamParameters.ErrorsRate);
        ErrorArousalGain = read.Real(TeamParameters.ErrorsArousalGain);
        ErrorSeverity = read.Real(TeamParameters.ErrorsSeverity);
        Containment = read.Real(TeamParameters.ErrorsContainment);
        ReportIntercept = read.Real(TeamParameters.ErrorsReportIntercept);
        ReportSafety = read.Real(TeamParameters.ErrorsReportSafety);
        ReportMindset = read.Real(TeamParameters.ErrorsReportMindset);
        ReportProtocol = read.Real(TeamParameters.ErrorsReportProtocol);
        Protocol = read.Bool(TeamParameters.ErrorsProtocol);
        ProtocolDamping = read.Real(TeamParameters.ErrorsProtocolDamping);
        LatentHazard = read.Real(TeamParameters.ErrorsLatentHazard);
        LatentSeverity = read.Real(TeamParameters.ErrorsLatentSeverity);

        HelpBeta = read.Real(TeamParameters.HelpBeta);
        HelpCost = read.Real(TeamParameters.HelpCost);
        ObservationRate = read.Real(TeamParameters.DirectoryObservationRate);
        InquiryRate = read.Real(TeamParameters.DirectoryInquiryRate);
        HelpDirectoryRate = read.Real(TeamParameters.DirectoryHelpRate);
        VoiceMargin = read.Real(TeamParameters.VoiceMargin);
        VoiceLoadAware = read.Bool(TeamParameters.VoiceLoadAware);

        LearningByDoing = read.Real(TeamParameters.LearningByDoing);
        Forgetting = read.Real(TeamParameters.LearningForgetting);
        ReviewInterval = read.Int(TeamParameters.PracticesReviewInterval);
        ReviewCost = read.Real(TeamParameters.PracticesReviewCost);
        ReviewLearning = read.Real(TeamParameters.PracticesReviewLearning);
        CandorLoss = read.Real(TeamParameters.PracticesCandorLoss);
        RotationInterval = read.Int(TeamParameters.PracticesRotationInterval);
        RotationShare = read.Real(TeamParameters.PracticesRotationShare);
        RotationLearning = read.Real(TeamParameters.PracticesRotationLearning);

        AbsentMember = read.Int(TeamParameters.AbsenceMember);
        AbsentTopExpertDomain = read.Int(TeamParameters.AbsenceTopExpertDomain);
        AbsenceStart = read.Int(TeamParameters.AbsenceStart);
        AbsenceDuration = read.Int(TeamParameters.AbsenceDuration);
        TurnoverRate = read.Real(TeamParameters.TurnoverRate);
        NewcomerExpertise = read.Real(TeamParameters.TurnoverNewcomerExpertise);

        AblateVoice = read.Bool(TeamParameters.AblateVoice);
        AblateReporting = read.Bool(TeamParameters.AblateReporting);
        AblateHelp = read.Bool(TeamParameters.AblateHelp);
        AblateLearning = read.Bool(TeamParameters.AblateLearning);
        AblateRouting = read.Bool(TeamParameters.AblateRouting);

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
    public int ArrivalProfile { get; }
    public double IncidentRate { get; }
    public double IncidentRateEnd { get; }
    public int WavePeriod { get; }
    public int WaveWidth { get; }
    public double WaveHeight { get; }
    public int ShockTime { get; }
    public double ShockRate { get; }
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

    /// <summary>Reads parameter values by their definitions, noting each key read when asked to.</summary>
    private readonly struct Reader(ParameterSet values, ISet<string>? keysRead)
    {
        public double Real(ParameterSpec spec)
        {
            keysRead?.Add(spec.Name);
            return values[spec.Name];
        }

        public int Int(ParameterSpec spec) => (int)Real(spec);

        public bool Bool(ParameterSpec spec) => Real(spec) != 0;
    }
}

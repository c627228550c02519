namespace Assistant.Bot.Channels;

/// <summary>What <see cref="MessengerGate"/> decided about a verified messenger request.</summary>
public enum GateOutcome
{
    /// <summary>Answer it.</summary>
    Admitted,

    /// <summary>A delivery already answered: acknowledge, answer nothing.</summary>
    Duplicate,

    /// <summary>The user asked too often: 429.</summary>
    Limited,
}

namespace TeamSim.Core.Models;

/// <summary>Receives model events (who worked on what, errors, help, reviews, takeovers). Implemented outside Core.</summary>
public interface IEventSink
{
    /// <summary>One event at a tick.</summary>
    /// <param name="tick">Tick at which it happened.</param>
    /// <param name="kind">Event type (snake_case, e.g. <c>help_request</c>).</param>
    /// <param name="actor">Member who acted, or -1.</param>
    /// <param name="target">Member or incident it concerned, or -1.</param>
    /// <param name="incident">Incident id, or -1.</param>
    /// <param name="value">A number that qualifies the event (severity, success 0/1), or 0.</param>
    void Record(int tick, string kind, int actor, int target, long incident, double value);
}

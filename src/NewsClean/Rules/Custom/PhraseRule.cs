using NewsClean.Languages;

namespace NewsClean.Rules.Custom;

/// <summary>Removes lines that match a caller's phrase list.</summary>
public sealed class PhraseRule : LineRule
{
    private readonly PhraseMatcher matcher;
    private readonly string reason;

    /// <summary>Creates a phrase rule.</summary>
    /// <param name="id">The rule's id.</param>
    /// <param name="reason">Why a matching line is removed, for the trace.</param>
    /// <param name="phrases">The phrases; at least one, none empty.</param>
    /// <param name="mode">How a phrase must match.</param>
    /// <exception cref="ArgumentException">Thrown when the list is empty or holds an empty phrase.</exception>
    public PhraseRule(string id, string reason, IEnumerable<string> phrases, PhraseMatchMode mode = PhraseMatchMode.ExactLine)
        : base(id, reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        ArgumentNullException.ThrowIfNull(phrases);
        var list = phrases.ToArray();
        if (list.Length == 0 || list.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException($"Phrase rule '{id}' needs at least one phrase, and no phrase may be empty.", nameof(phrases));
        }

        matcher = mode switch
        {
            PhraseMatchMode.ExactLine => new PhraseMatcher(list, [], []),
            PhraseMatchMode.Prefix => new PhraseMatcher([], list, []),
            PhraseMatchMode.Contains => new PhraseMatcher([], [], list),
            PhraseMatchMode.Suffix => new PhraseMatcher([], [], [], list),
            _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, "Unknown phrase match mode."),
        };
        this.reason = reason;
        Mode = mode;
    }

    /// <summary>How phrases match.</summary>
    public PhraseMatchMode Mode { get; }

    /// <inheritdoc />
    protected override string? Match(CleaningContext context, int line) => matcher.Matches(context.GetText(line)) ? reason : null;
}

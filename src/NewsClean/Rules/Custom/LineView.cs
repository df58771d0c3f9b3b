using NewsClean.Text;

namespace NewsClean.Rules.Custom;

/// <summary>A line and its kept neighbours, as a <see cref="LinePredicate"/> sees them.</summary>
public readonly ref struct LineView
{
    internal LineView(CleaningContext context, int index)
    {
        Index = index;
        Text = context.GetText(index);
        Features = context.GetFeatures(index);
        SourceLine = context.GetSourceLine(index);
        int previous = context.PreviousKept(index);
        int next = context.NextKept(index);
        Previous = previous < 0 ? default : context.GetText(previous);
        Next = next < 0 ? default : context.GetText(next);
        HasPrevious = previous >= 0;
        HasNext = next >= 0;
    }

    /// <summary>The line's index among the document's non-blank lines.</summary>
    public int Index { get; }

    /// <summary>The 1-based input line number.</summary>
    public int SourceLine { get; }

    /// <summary>The normalised text.</summary>
    public ReadOnlySpan<char> Text { get; }

    /// <summary>Word count, punctuation and case facts.</summary>
    public LineFeatures Features { get; }

    /// <summary>The nearest kept line before this one, or empty.</summary>
    public ReadOnlySpan<char> Previous { get; }

    /// <summary>The nearest kept line after this one, or empty.</summary>
    public ReadOnlySpan<char> Next { get; }

    /// <summary>True when a kept line precedes this one.</summary>
    public bool HasPrevious { get; }

    /// <summary>True when a kept line follows this one.</summary>
    public bool HasNext { get; }
}

/// <summary>Decides whether a line is boilerplate.</summary>
/// <param name="line">The line and its neighbours.</param>
/// <returns>True to remove the line.</returns>
public delegate bool LinePredicate(LineView line);

/// <summary>Removes lines for which a caller's predicate returns true.</summary>
public sealed class PredicateRule : LineRule
{
    private readonly LinePredicate predicate;
    private readonly string reason;

    /// <summary>Creates a predicate rule.</summary>
    /// <param name="id">The rule's id.</param>
    /// <param name="reason">Why a matching line is removed, for the trace.</param>
    /// <param name="predicate">Returns true for lines to remove. It may be called from many threads at once.</param>
    public PredicateRule(string id, string reason, LinePredicate predicate)
        : base(id, reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        ArgumentNullException.ThrowIfNull(predicate);
        this.predicate = predicate;
        this.reason = reason;
    }

    /// <inheritdoc />
    protected override string? Match(CleaningContext context, int line) => predicate(new LineView(context, line)) ? reason : null;
}

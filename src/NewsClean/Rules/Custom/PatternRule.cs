using System.Text.RegularExpressions;

namespace NewsClean.Rules.Custom;

/// <summary>
/// Removes lines that match a caller's regular expression. The pattern runs with
/// <see cref="RegexOptions.NonBacktracking"/> (linear time in the line's length) and a match timeout.
/// </summary>
public sealed class PatternRule : LineRule
{
    private readonly Regex regex;
    private readonly string reason;

    /// <summary>Creates a pattern rule.</summary>
    /// <param name="id">The rule's id.</param>
    /// <param name="reason">Why a matching line is removed, for the trace.</param>
    /// <param name="pattern">A .NET regular expression, matched against each normalised line, case-insensitive.
    /// Backreferences and lookarounds are not supported (the non-backtracking engine refuses them).</param>
    /// <param name="timeout">The longest one match may take; the default is 100 ms. A timeout skips the rule for that document.</param>
    /// <exception cref="ArgumentException">Thrown when the pattern is empty or invalid, or uses a construct the non-backtracking engine refuses.</exception>
    public PatternRule(string id, string reason, string pattern, TimeSpan? timeout = null)
        : base(id, reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        ArgumentException.ThrowIfNullOrEmpty(pattern);
        var limit = timeout ?? TimeSpan.FromMilliseconds(100);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(limit, TimeSpan.Zero, nameof(timeout));
        try
        {
            regex = new Regex(pattern, RegexOptions.NonBacktracking | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, limit);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException)
        {
            throw new ArgumentException($"Pattern of rule '{id}' is not usable: {ex.Message}", nameof(pattern), ex);
        }

        this.reason = reason;
        Pattern = pattern;
    }

    /// <summary>The pattern.</summary>
    public string Pattern { get; }

    /// <inheritdoc />
    protected override string? Match(CleaningContext context, int line) => regex.IsMatch(context.GetText(line)) ? reason : null;
}

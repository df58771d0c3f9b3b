using System.Diagnostics;

namespace NewsClean;

/// <summary>The cleaned text and everything the pipeline did to get it.</summary>
[DebuggerDisplay("Removals = {Removals.Count}, Changed = {Changed}")]
public sealed class CleanResult
{
    internal CleanResult(string text, string source, string? language, IReadOnlyList<Removal> removals, IReadOnlyList<GuardedRemoval> guarded, IReadOnlyList<RuleFailure> failures)
    {
        Text = text;
        Source = source;
        Language = language;
        Removals = removals;
        Guarded = guarded;
        Failures = failures;
    }

    /// <summary>The cleaned text: the same string <see cref="NewsCleaner.Clean(string)"/> returns.</summary>
    public string Text { get; }

    /// <summary>The input, unchanged.</summary>
    public string Source { get; }

    /// <summary>The language the pipeline judged the text by (detected, or the only one the pipeline was built with); null when unsure.</summary>
    public string? Language { get; }

    /// <summary>Every removal, in input order, with the rule that made it and why.</summary>
    public IReadOnlyList<Removal> Removals { get; }

    /// <summary>Removals a rule asked for but the prose guard refused, because they would have taken too much of the article.</summary>
    public IReadOnlyList<GuardedRemoval> Guarded { get; }

    /// <summary>Rules that threw and were skipped (only user rules can, built-in rules never throw).</summary>
    public IReadOnlyList<RuleFailure> Failures { get; }

    /// <summary>True when the text differs from the input.</summary>
    public bool Changed => !ReferenceEquals(Text, Source);
}

/// <summary>One removal: a run of consecutive lines, or the end of one line, that a rule took out.</summary>
/// <param name="RuleId">The id of the rule that removed it, such as "related.inline".</param>
/// <param name="Reason">Why, in words.</param>
/// <param name="Text">The removed text, normalised; lines are joined with '\n'.</param>
/// <param name="FirstLine">The first input line it came from, 1-based.</param>
/// <param name="LastLine">The last input line it came from, 1-based.</param>
/// <param name="IsPartial">True when only the end of a line was removed (a trailing credit) and the rest was kept.</param>
public sealed record Removal(string RuleId, string Reason, string Text, int FirstLine, int LastLine, bool IsPartial = false);

/// <summary>Lines a rule wanted to remove but the pipeline kept, because they held too large a share of the document's prose.</summary>
/// <param name="RuleId">The rule that was overruled.</param>
/// <param name="Reason">What the guard measured.</param>
/// <param name="LineCount">How many lines the rule wanted to remove.</param>
/// <param name="ProseShare">The share of the document's prose (by characters) those lines held, from 0 to 1.</param>
public sealed record GuardedRemoval(string RuleId, string Reason, int LineCount, double ProseShare);

/// <summary>A rule that threw on this document and was skipped; its partial removals were discarded.</summary>
/// <param name="RuleId">The rule's id.</param>
/// <param name="Exception">What it threw.</param>
public sealed record RuleFailure(string RuleId, Exception Exception);

using System.Diagnostics;
using Microsoft.Extensions.Logging;
using NewsClean.Internal;
using NewsClean.Languages;
using NewsClean.Rules;
using NewsClean.Rules.BuiltIn;
using NewsClean.Text;

namespace NewsClean;

/// <summary>
/// An ordered, immutable set of rules with their language data. Build one with <see cref="CleaningPipelineBuilder"/>
/// and reuse it: it is thread-safe, and one instance used from many threads gives the same results as one thread.
/// </summary>
[DebuggerDisplay("CleaningPipeline, Rules = {Rules.Count}")]
public sealed class CleaningPipeline
{
    private readonly CleaningRule[] rules;
    private readonly CleaningRule[] builtInRules;
    private readonly ILogger logger;
    private readonly bool throwOnRuleFailure;

    internal CleaningPipeline(CleaningRule[] rules, PhraseBook phrases, ILogger logger, bool throwOnRuleFailure)
    {
        this.rules = rules;
        builtInRules = Array.FindAll(rules, r => BuiltInRules.All.Contains(r));
        Phrases = phrases;
        this.logger = logger;
        this.throwOnRuleFailure = throwOnRuleFailure;
    }

    /// <summary>The rules, in the order they run.</summary>
    public IReadOnlyList<CleaningRule> Rules => rules;

    /// <summary>The ids of the rules, in the order they run.</summary>
    public IReadOnlyList<string> RuleIds => Array.ConvertAll(rules, r => r.Id);

    /// <summary>The compiled phrase lists of the pipeline's language packs.</summary>
    public PhraseBook Phrases { get; }

    /// <summary>Returns the article text of <paramref name="text"/>.</summary>
    /// <param name="text">Scraped text, such as a page's innerText.</param>
    /// <returns>The kept lines as paragraphs separated by one blank line; <paramref name="text"/> itself when nothing changes.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="text"/> is null.</exception>
    public string Clean(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Run(text, trace: false).Text;
    }

    /// <summary>Returns the article text of <paramref name="text"/> with every removal and the rule that made it.</summary>
    /// <param name="text">Scraped text.</param>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="text"/> is null.</exception>
    public CleanResult CleanWithTrace(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Run(text, trace: true);
    }

    // Rules read their neighbours, and later rules remove some of those neighbours, so an output can still hold
    // boilerplate that only shows once the lines between are gone (a caption's copy, share buttons made adjacent).
    // The built-in rules therefore run again on the output until nothing changes, which gives
    // Clean(Clean(x)) == Clean(x). User rules run once: "remove the first line" must not remove four.
    // Each pass only shortens the text, the second usually finds nothing, and the bound keeps the work linear.
    private const int MaxPasses = 4;

    private CleanResult Run(string text, bool trace)
    {
        bool wantRemovals = trace || logger.IsEnabled(LogLevel.Debug);
        var result = RunOnce(text, rules, wantRemovals, null, null, out int[] keptLines);
        for (int pass = 1; pass < MaxPasses && result.Changed && builtInRules.Length > 0; pass++)
        {
            var again = RunOnce(result.Text, builtInRules, wantRemovals, keptLines, result, out keptLines);
            if (!again.Changed)
            {
                break;
            }

            result = new CleanResult(
                again.Text,
                text,
                [.. result.Removals.Concat(again.Removals).OrderBy(r => r.FirstLine)],
                [.. result.Guarded, .. again.Guarded],
                [.. result.Failures, .. again.Failures]);
        }

        LogRemovals(result.Removals, text.Length, result.Text.Length);
        return result;
    }

    /// <summary>
    /// Runs <paramref name="passRules"/> once over <paramref name="text"/>. For a later pass, <paramref name="sourceLines"/>
    /// maps the text's paragraphs to input lines and <paramref name="previous"/> holds what was already reported.
    /// </summary>
    private CleanResult RunOnce(string text, CleaningRule[] passRules, bool wantRemovals, int[]? sourceLines, CleanResult? previous, out int[] keptLines)
    {
        using var document = TextDocument.Read(text);
        var context = new CleaningContext(document, Phrases, sourceLines);
        try
        {
            List<GuardedRemoval>? guarded = null;
            List<RuleFailure>? failures = null;
            for (int r = 0; r < passRules.Length; r++)
            {
                context.CurrentRule = r;
                if (!TryApply(passRules[r], context, ref failures))
                {
                    continue;
                }

                if (Guard(passRules[r], context) is { } refused)
                {
                    // A rule overruled in an earlier pass is reported once.
                    if (previous is null || previous.Guarded.All(g => g.RuleId != refused.RuleId))
                    {
                        (guarded ??= []).Add(refused);
                        Log.RemovalGuarded(logger, refused.RuleId, refused.Reason);
                    }

                    context.DiscardPending();
                }
                else
                {
                    context.CommitPending();
                }
            }

            string output = OutputWriter.Write(context);
            List<Removal> removals = wantRemovals ? TraceBuilder.Collect(context, passRules) : [];
            keptLines = ReferenceEquals(output, text) ? [] : KeptSourceLines(context);
            return new CleanResult(output, text, removals, guarded ?? [], failures ?? []);
        }
        finally
        {
            context.Release();
        }
    }

    /// <summary>The input line of each paragraph of the output, in order.</summary>
    private static int[] KeptSourceLines(CleaningContext context)
    {
        var lines = new List<int>();
        for (int i = 0; i < context.LineCount; i++)
        {
            if (!OutputWriter.KeptText(context, i).IsEmpty)
            {
                lines.Add(context.GetSourceLine(i));
            }
        }

        return [.. lines];
    }

    private bool TryApply(CleaningRule rule, CleaningContext context, ref List<RuleFailure>? failures)
    {
        try
        {
            rule.Apply(context);
            return true;
        }
        catch (Exception ex) when (!throwOnRuleFailure)
        {
            // A failing rule must not cost the caller the document: drop its partial work and go on (Serilog's SafeAggregateEnricher).
            context.DiscardPending();
            (failures ??= []).Add(new RuleFailure(rule.Id, ex));
            Log.RuleFailed(logger, rule.Id, ex);
            return false;
        }
    }

    /// <summary>Refuses a rule's removals when they would take more of the document's prose than the rule is allowed.</summary>
    private static GuardedRemoval? Guard(CleaningRule rule, CleaningContext context)
    {
        if (context.PendingCount == 0)
        {
            return null;
        }

        int prose = context.ProseCharacters;
        int removed = context.PendingProseCharacters();
        if (prose == 0 || removed == 0)
        {
            return null;
        }

        double share = (double)removed / prose;
        if (share <= rule.MaxProseShare)
        {
            return null;
        }

        string reason = string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"would remove {share:P0} of the document's prose; the limit for this rule is {rule.MaxProseShare:P0}");
        return new GuardedRemoval(rule.Id, reason, context.PendingCount, share);
    }

    private void LogRemovals(IReadOnlyList<Removal> removals, int inputLength, int outputLength)
    {
        if (!logger.IsEnabled(LogLevel.Debug))
        {
            return;
        }

        foreach (var removal in removals)
        {
            Log.RuleRemoved(logger, removal.RuleId, removal.FirstLine, removal.LastLine, removal.Reason);
            Log.RemovedText(logger, removal.RuleId, removal.Text);
        }

        Log.DocumentCleaned(logger, inputLength, outputLength, removals.Count);
    }
}

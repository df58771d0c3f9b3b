using System.Diagnostics;
using Microsoft.Extensions.Logging;
using NewsClean.Internal;
using NewsClean.Languages;
using NewsClean.Rules;
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
    private readonly ILogger logger;
    private readonly bool throwOnRuleFailure;

    internal CleaningPipeline(CleaningRule[] rules, PhraseBook phrases, ILogger logger, bool throwOnRuleFailure)
    {
        this.rules = rules;
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
        return Run(text, trace: false).Output;
    }

    /// <summary>Returns the article text of <paramref name="text"/> with every removal and the rule that made it.</summary>
    /// <param name="text">Scraped text.</param>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="text"/> is null.</exception>
    public CleanResult CleanWithTrace(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var outcome = Run(text, trace: true);
        return new CleanResult(outcome.Output, text, outcome.Removals ?? [], outcome.Guarded ?? [], outcome.Failures ?? []);
    }

    /// <summary>What one run produced; the lists are null when empty or not asked for, so Clean allocates only its output.</summary>
    private readonly record struct Outcome(string Output, List<Removal>? Removals, List<GuardedRemoval>? Guarded, List<RuleFailure>? Failures);

    private Outcome Run(string text, bool trace)
    {
        using var document = TextDocument.Read(text);
        var context = CleaningContext.Rent(document, Phrases);
        try
        {
            List<GuardedRemoval>? guarded = null;
            List<RuleFailure>? failures = null;
            for (int r = 0; r < rules.Length; r++)
            {
                context.CurrentRule = r;
                if (!TryApply(rules[r], context, ref failures))
                {
                    continue;
                }

                if (Guard(rules[r], context) is { } refused)
                {
                    (guarded ??= []).Add(refused);
                    Log.RemovalGuarded(logger, refused.RuleId, refused.Reason);
                    context.DiscardPending();
                }
                else
                {
                    context.CommitPending();
                }
            }

            string output = OutputWriter.Write(context);
            bool wantRemovals = trace || logger.IsEnabled(LogLevel.Debug);
            List<Removal>? removals = wantRemovals ? TraceBuilder.Collect(context, rules) : null;
            if (removals is not null)
            {
                LogRemovals(removals, text.Length, output.Length);
            }

            return new Outcome(output, removals, guarded, failures);
        }
        finally
        {
            context.Release();
        }
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

    private void LogRemovals(List<Removal> removals, int inputLength, int outputLength)
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

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

    private readonly LanguageDetector detector;
    private readonly string? fixedLanguage;
    private readonly PhraseBookSelector phrases;

    internal CleaningPipeline(CleaningRule[] rules, PhraseBookSelector phrases, LanguageDetector detector, string? fixedLanguage, ILogger logger, bool throwOnRuleFailure)
    {
        this.rules = rules;
        this.phrases = phrases;
        this.detector = detector;
        this.fixedLanguage = fixedLanguage;
        this.logger = logger;
        this.throwOnRuleFailure = throwOnRuleFailure;
    }

    /// <summary>The rules, in the order they run.</summary>
    public IReadOnlyList<CleaningRule> Rules => rules;

    /// <summary>The ids of the rules, in the order they run.</summary>
    public IReadOnlyList<string> RuleIds => Array.ConvertAll(rules, r => r.Id);

    /// <summary>The compiled phrase lists of all the pipeline's language packs (a document may be judged by a subset: see <see cref="CleanResult.Language"/>).</summary>
    public PhraseBook Phrases => phrases.All;

    /// <summary>Returns the article text of <paramref name="text"/>.</summary>
    /// <param name="text">Scraped text, such as a page's innerText.</param>
    /// <returns>The kept lines as paragraphs separated by one blank line; <paramref name="text"/> itself when nothing changes.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="text"/> is null.</exception>
    public string Clean(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        string output = Run(text, trace: false, skipLayoutRules: false, out var outcome);
        outcome.Return();
        return output;
    }

    /// <summary>Returns the article text of <paramref name="text"/> with every removal and the rule that made it.</summary>
    /// <param name="text">Scraped text.</param>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="text"/> is null.</exception>
    public CleanResult CleanWithTrace(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return RunWithTrace(text, skipLayoutRules: false);
    }

    // Rules weigh the lines around them, so removing boilerplate can reveal more (a caption's copy becomes adjacent
    // to it), and a joined sentence fragment can make a line read differently. The built-in rules run again over the
    // result while they still remove or join something, which makes Clean idempotent: Clean(Clean(x)) == Clean(x).
    // Removal only shrinks the text and a join happens once, so this converges; real pages settle in two passes. A
    // caller's rules run in the first pass only: a rule like "drop the first line" must not cascade.
    private const int MaxPasses = 4;

    /// <summary>
    /// Cleans text extracted from HTML. The DOM step has already cut the page down to its main block, so the rules
    /// that find the article in a whole page's text (<see cref="CleaningRule.ReadsPageLayout"/>) do not run again.
    /// </summary>
    internal string CleanExtracted(string text)
    {
        string output = Run(text, trace: false, skipLayoutRules: true, out var outcome);
        outcome.Return();
        return output;
    }

    /// <inheritdoc cref="CleanExtracted(string)"/>
    internal CleanResult CleanExtractedWithTrace(string text) => RunWithTrace(text, skipLayoutRules: true);

    private CleanResult RunWithTrace(string text, bool skipLayoutRules)
    {
        string output = Run(text, trace: true, skipLayoutRules, out var outcome);
        return new CleanResult(output, text, outcome.Language, outcome.Removals ?? [], outcome.Guarded ?? [], outcome.Failures ?? []);
    }

    private string Run(string text, bool trace, bool skipLayoutRules, out PassOutcome outcome)
    {
        bool wantRemovals = trace || logger.IsEnabled(LogLevel.Debug);
        outcome = PassOutcome.Rent(wantRemovals, reusable: !trace);
        string current = text;
        int[]? lineMap = null;
        string? language = fixedLanguage;
        TextDocument? next = null;
        var settled = SettledLines.Rent();
        for (int pass = 0; pass < MaxPasses; pass++)
        {
            string output = RunPass(current, lineMap, pass, skipLayoutRules, ref language, ref next, settled, outcome, out lineMap, out bool changed);
            current = output;
            if (!changed)
            {
                break;
            }
        }

        settled.Return();
        if (outcome.Removals is { } removals)
        {
            removals.Sort(static (a, b) => a.FirstLine.CompareTo(b.FirstLine));
            LogRemovals(removals, text.Length, current.Length);
        }

        return current;
    }

    /// <summary>
    /// Runs every rule once over <paramref name="text"/>; returns the output and how its lines map to the caller's input.
    /// The first pass detects <paramref name="language"/> from its input; each pass that removes or joins something detects the
    /// next pass's from its output, as a second Clean of the output would: removing a mixed page's other-language lines
    /// can change the detected language, and with it the phrases that apply. Likewise <paramref name="next"/> is the
    /// document of <paramref name="text"/> when the previous pass could build it from its kept lines (else it is read),
    /// and is set to the next pass's, with what <paramref name="settled"/> holds carried to its lines.
    /// </summary>
    private string RunPass(string text, int[]? lineMap, int pass, bool skipLayoutRules, ref string? language, ref TextDocument? next, SettledLines settled, PassOutcome outcome, out int[]? outputLineMap, out bool changed)
    {
        bool firstPass = pass == 0;
        using var document = next ?? TextDocument.Read(text, lineMap);
        next = null;
        var languages = fixedLanguage is null ? PassLanguages.Rent(detector, document) : null;
        if (firstPass)
        {
            language = languages?.OfSource() ?? fixedLanguage;
            outcome.Language = language;
        }

        var book = phrases.For(language);
        settled.BeginPass(document.Count, book);
        var context = CleaningContext.Rent(document, book, language, settled);
        try
        {
            for (int r = 0; r < rules.Length; r++)
            {
                context.CurrentRule = r;
                bool skip = (!firstPass && !rules[r].IsBuiltIn) || (skipLayoutRules && rules[r].ReadsPageLayout);
                if (skip || !TryApply(rules[r], context, outcome))
                {
                    continue;
                }

                if (Guard(rules[r], context) is { } refused)
                {
                    if (outcome.AddGuarded(refused))
                    {
                        Log.RemovalGuarded(logger, refused.RuleId, refused.Reason);
                    }

                    context.DiscardPending();
                }
                else
                {
                    context.CommitPending();
                }
            }

            string output = OutputWriter.Write(context, out bool joined);

            // A joined fragment changes the text as much as a removal does: the joined line may read differently
            // ("Nov 10" + ", 2019" is a dateline), so another pass looks at the output, reading it as a second Clean
            // would. Joins are rare (scrapers that break lines at links), so this costs little.
            changed = context.RemovedAny || joined;
            outputLineMap = null;
            if (changed && pass + 1 < MaxPasses)
            {
                if (fixedLanguage is null)
                {
                    language = joined || languages is null ? detector.Detect(output) : languages.OfOutput(context);
                }

                // The line map is only needed when the next pass has to read the output.
                next = joined ? null : TextDocument.FromKept(context, output);
                if (next is not null)
                {
                    settled.CarryToKept(context);
                }

                outputLineMap = next is null ? OutputWriter.OutputLineMap(context) : null;
            }

            if (outcome.CollectRemovals)
            {
                (outcome.Removals ??= []).AddRange(TraceBuilder.Collect(context, rules));
            }

            return output;
        }
        finally
        {
            context.Release();
            languages?.Return();
        }
    }

    /// <summary>
    /// What the passes over one document found, gathered for the result. Lists exist only once something is added,
    /// and Clean (which returns no result) reuses the thread's instance, so a document with nothing to remove costs
    /// nothing beyond its output.
    /// </summary>
    private sealed class PassOutcome
    {
        [ThreadStatic]
        private static PassOutcome? spare;

        private bool reusable;

        public bool CollectRemovals { get; private set; }

        /// <summary>The language detected from the caller's input, which the result reports.</summary>
        public string? Language { get; set; }

        public List<Removal>? Removals { get; set; }

        public List<GuardedRemoval>? Guarded { get; private set; }

        public List<RuleFailure>? Failures { get; private set; }

        public static PassOutcome Rent(bool collectRemovals, bool reusable)
        {
            // Taking it out of the slot keeps a nested Clean (a user rule calling Clean) from sharing it.
            var outcome = reusable && spare is not null ? spare : new PassOutcome();
            if (reusable)
            {
                spare = null;
            }

            outcome.reusable = reusable;
            outcome.CollectRemovals = collectRemovals;
            outcome.Language = null;
            return outcome;
        }

        /// <summary>Hands a Clean's outcome back to the thread; a traced one belongs to its result and is never reused.</summary>
        public void Return()
        {
            if (!reusable)
            {
                return;
            }

            Removals = null;
            Guarded = null;
            Failures = null;
            spare = this;
        }

        public void AddFailure(RuleFailure failure) => (Failures ??= []).Add(failure);

        /// <summary>A rule refused in one pass is usually refused again in the next; report it once.</summary>
        public bool AddGuarded(GuardedRemoval refused)
        {
            if (Guarded?.Exists(g => g.RuleId == refused.RuleId) == true)
            {
                return false;
            }

            (Guarded ??= []).Add(refused);
            return true;
        }
    }

    private bool TryApply(CleaningRule rule, CleaningContext context, PassOutcome outcome)
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
            outcome.AddFailure(new RuleFailure(rule.Id, ex));
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

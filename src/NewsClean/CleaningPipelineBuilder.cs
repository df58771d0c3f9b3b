using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using NewsClean.Internal;
using NewsClean.Languages;
using NewsClean.Rules;
using NewsClean.Rules.BuiltIn;
using NewsClean.Rules.Custom;

namespace NewsClean;

/// <summary>
/// Configures a <see cref="CleaningPipeline"/>. A builder is a mutable, single-threaded object; <see cref="Build"/>
/// takes a snapshot, so later changes to the builder never reach a pipeline already built.
/// </summary>
public sealed class CleaningPipelineBuilder
{
    private readonly List<CleaningRule> rules = [];
    private readonly HashSet<string> disabled = new(StringComparer.Ordinal);
    private readonly List<LanguagePack> packs = [];
    private ILoggerFactory? loggerFactory;
    private bool throwOnRuleFailure;

    /// <summary>Adds every built-in rule, in their default order (see docs/rules.md). Rules already added are not added twice.</summary>
    /// <returns>The same builder.</returns>
    public CleaningPipelineBuilder UseDefaultRules()
    {
        foreach (var rule in BuiltInRules.All)
        {
            if (!rules.Any(r => r.Id == rule.Id))
            {
                rules.Add(rule);
            }
        }

        return this;
    }

    /// <summary>Adds only the named built-in rules, in the default order.</summary>
    /// <param name="ids">Built-in rule ids such as "ads.line"; see <see cref="BuiltInRules.Ids"/>.</param>
    /// <returns>The same builder.</returns>
    /// <exception cref="ArgumentException">Thrown when an id is not a built-in rule.</exception>
    public CleaningPipelineBuilder UseRules(params string[] ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var unknown = ids.Where(id => BuiltInRules.All.All(r => r.Id != id)).ToArray();
        if (unknown.Length > 0)
        {
            throw new ArgumentException($"Unknown built-in rule id(s): {string.Join(", ", unknown)}. Known: {string.Join(", ", BuiltInRules.Ids)}.", nameof(ids));
        }

        foreach (var rule in BuiltInRules.All)
        {
            if (ids.Contains(rule.Id) && !rules.Any(r => r.Id == rule.Id))
            {
                rules.Add(rule);
            }
        }

        return this;
    }

    /// <summary>Turns a rule off by id, whether it was added before or after this call.</summary>
    /// <param name="id">The rule's id.</param>
    /// <returns>The same builder.</returns>
    public CleaningPipelineBuilder DisableRule(string id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        disabled.Add(id);
        return this;
    }

    /// <summary>Adds a rule of the caller's; it runs after the rules added before it.</summary>
    /// <param name="rule">The rule. It must be immutable and thread-safe: the pipeline shares it across threads.</param>
    /// <returns>The same builder.</returns>
    /// <exception cref="ArgumentException">Thrown when a rule with the same id was already added.</exception>
    public CleaningPipelineBuilder AddRule(CleaningRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        if (rules.Any(r => r.Id == rule.Id))
        {
            throw new ArgumentException($"A rule with id '{rule.Id}' was already added.", nameof(rule));
        }

        rules.Add(rule);
        return this;
    }

    /// <summary>Adds a rule that removes lines matching a phrase list.</summary>
    /// <returns>The same builder.</returns>
    /// <inheritdoc cref="PhraseRule(string, string, IEnumerable{string}, PhraseMatchMode)" path="/param"/>
    public CleaningPipelineBuilder AddPhraseRule(string id, string reason, IEnumerable<string> phrases, PhraseMatchMode mode = PhraseMatchMode.ExactLine) =>
        AddRule(new PhraseRule(id, reason, phrases, mode));

    /// <summary>Adds a rule that removes lines matching a regular expression (non-backtracking, with a timeout).</summary>
    /// <returns>The same builder.</returns>
    /// <inheritdoc cref="PatternRule(string, string, string, TimeSpan?)" path="/param"/>
    public CleaningPipelineBuilder AddPatternRule(string id, string reason, string pattern, TimeSpan? timeout = null) =>
        AddRule(new PatternRule(id, reason, pattern, timeout));

    /// <summary>Adds a rule that removes lines for which a predicate over the line and its neighbours is true.</summary>
    /// <returns>The same builder.</returns>
    /// <inheritdoc cref="PredicateRule(string, string, LinePredicate)" path="/param"/>
    public CleaningPipelineBuilder AddLineRule(string id, string reason, LinePredicate predicate) =>
        AddRule(new PredicateRule(id, reason, predicate));

    /// <summary>Uses the named bundled language packs instead of all of them.</summary>
    /// <param name="languages">Tags from <see cref="LanguagePack.Available"/>, such as "en" or "id".</param>
    /// <returns>The same builder.</returns>
    /// <exception cref="ArgumentException">Thrown when a tag has no bundled pack.</exception>
    public CleaningPipelineBuilder UseLanguages(params string[] languages)
    {
        ArgumentNullException.ThrowIfNull(languages);
        foreach (var language in languages)
        {
            UseLanguagePack(LanguagePack.Load(language));
        }

        return this;
    }

    /// <summary>Uses a language pack, bundled or the caller's own (<see cref="LanguagePack.FromJson"/>).</summary>
    /// <param name="pack">The pack.</param>
    /// <returns>The same builder.</returns>
    public CleaningPipelineBuilder UseLanguagePack(LanguagePack pack)
    {
        ArgumentNullException.ThrowIfNull(pack);
        if (!packs.Contains(pack))
        {
            packs.Add(pack);
        }

        return this;
    }

    /// <summary>Logs removals at Debug, overruled rules at Information and failing rules at Warning. Article text is only logged at Trace.</summary>
    /// <param name="factory">The logger factory.</param>
    /// <returns>The same builder.</returns>
    public CleaningPipelineBuilder UseLoggerFactory(ILoggerFactory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        loggerFactory = factory;
        return this;
    }

    /// <summary>Makes a rule that throws stop the call with its exception, instead of being skipped and reported.</summary>
    /// <param name="enabled">True to rethrow; the default is to skip.</param>
    /// <returns>The same builder.</returns>
    public CleaningPipelineBuilder ThrowOnRuleFailure(bool enabled = true)
    {
        throwOnRuleFailure = enabled;
        return this;
    }

    /// <summary>Builds an immutable, thread-safe pipeline from the current settings.</summary>
    /// <returns>The pipeline. With no language chosen, every bundled pack is used.</returns>
    /// <exception cref="InvalidOperationException">Thrown when <see cref="DisableRule"/> names a rule that is not in the pipeline.</exception>
    public CleaningPipeline Build()
    {
        var unknown = disabled.Where(id => rules.All(r => r.Id != id)).ToArray();
        if (unknown.Length > 0)
        {
            throw new InvalidOperationException(
                $"Cannot disable rule(s) {string.Join(", ", unknown)}: not in this pipeline. Rules: {string.Join(", ", rules.Select(r => r.Id))}.");
        }

        var chosen = packs.Count > 0 ? packs : LanguagePack.Available.Select(LanguagePack.Load).ToList();
        var phrases = new PhraseBookSelector(chosen, fixedSet: packs.Count > 0);
        var selected = rules.Where(r => !disabled.Contains(r.Id)).ToArray();
        var logger = loggerFactory?.CreateLogger("NewsClean.CleaningPipeline") ?? NullLogger.Instance;
        if (logger.IsEnabled(LogLevel.Information))
        {
            string ruleIds = string.Join(", ", selected.Select(r => r.Id));
            string languages = string.Join(", ", chosen.Select(p => p.Language));
            Log.PipelineBuilt(logger, ruleIds, languages);
        }

        // One language needs no detection. Detectors over bundled packs are built once per process and set of packs;
        // a set with a caller's own pack gets its own.
        string? fixedLanguage = chosen.Count == 1 ? chosen[0].Language : null;
        var detector = packs.Count == 0 ? LanguageDetector.Bundled
            : fixedLanguage is not null ? new LanguageDetector([])
            : LanguageDetector.For(chosen);
        return new CleaningPipeline(selected, phrases, detector, fixedLanguage, logger, throwOnRuleFailure);
    }
}

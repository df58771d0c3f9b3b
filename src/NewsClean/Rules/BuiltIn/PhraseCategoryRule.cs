using NewsClean.Languages;

namespace NewsClean.Rules.BuiltIn;

/// <summary>
/// Removes lines that match a category of the language packs' phrases. Exact-line phrases match at any length; prefix
/// and substring phrases only match lines of at most <c>maxWords</c> words, so prose that mentions a phrase is kept.
/// </summary>
internal class PhraseCategoryRule(string id, string description, PhraseCategory category, string reason, int maxWords)
    : LineRule(id, description)
{
    public PhraseCategory Category { get; } = category;

    /// <inheritdoc />
    internal override bool JudgesLineAlone => true;

    protected override string? Match(CleaningContext context, int line)
    {
        if (context.MatchesExactPhrase(line, Category))
        {
            return reason;
        }

        if (context.GetFeatures(line).Words > maxWords)
        {
            return null;
        }

        return context.MatchPhrasePrefix(line, Category) > 0 || context.ContainsPhrase(line, Category) ? reason : null;
    }
}

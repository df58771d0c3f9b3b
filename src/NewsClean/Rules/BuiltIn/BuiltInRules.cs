using NewsClean.Languages;

namespace NewsClean.Rules.BuiltIn;

/// <summary>The built-in rules, in the order the default pipeline runs them. Each instance is immutable and shared.</summary>
public static class BuiltInRules
{
    private static readonly CleaningRule[] Rules = Array.ConvertAll<CleaningRule, CleaningRule>(
    [
        new PhotoCreditRule(),
        new CaptionBesideCreditRule(),
        new DuplicateLineRule(),
        new AdLineRule(),
        new UrlLineRule(),
        new SocialPromptRule(),
        new ShareBarRule(),
        new RelatedInlineRule(),
        new RelatedBlockRule(),
        new PhraseCategoryRule("prompts.newsletter", "Removes newsletter sign-up prompts.", PhraseCategory.Newsletter, "newsletter prompt", maxWords: 30),
        new PhraseCategoryRule("prompts.cookie", "Removes cookie and consent banners.", PhraseCategory.Cookie, "cookie or consent banner", maxWords: 60),
        new PhraseCategoryRule("prompts.paywall", "Removes paywall and 'log in to continue' prompts.", PhraseCategory.Paywall, "paywall or login prompt", maxWords: 30),
        new StaffCreditRule(),
        new AuthorBoxRule(),
        new TrailingCreditRule(),
        new DatelineRule(),
        new PhraseCategoryRule("site.navigation", "Removes navigation labels that stand alone on a line.", PhraseCategory.Navigation, "navigation label", maxWords: 0),
        new PollWidgetRule(),
        new TagsRule(),
        new FooterRule(),
        new CommentSectionRule(),
        new TeaserRunRule(),
        new MainContentRule(),
        new ShortLineRunRule(),
    ], static rule => rule.AsBuiltIn());

    /// <summary>Every built-in rule, in default order.</summary>
    public static IReadOnlyList<CleaningRule> All => Rules;

    /// <summary>The ids of the built-in rules, in default order.</summary>
    public static IReadOnlyList<string> Ids { get; } = Array.ConvertAll(Rules, r => r.Id);
}

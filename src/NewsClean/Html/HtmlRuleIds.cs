namespace NewsClean.Html;

/// <summary>The rule ids that <see cref="NewsCleaner.CleanHtmlWithTrace(string)"/> reports for removals made on the DOM.</summary>
public static class HtmlRuleIds
{
    /// <summary>Elements that hold no readable text: script, style, noscript, template, iframe, svg, form controls.</summary>
    public const string Code = "html.code";

    /// <summary>Elements the page hides: the hidden attribute, aria-hidden, display:none, screen-reader-only text.</summary>
    public const string Hidden = "html.hidden";

    /// <summary>Page layout around the article: nav, aside, forms, footers, headers outside the article, menus, dialogs.</summary>
    public const string Layout = "html.layout";

    /// <summary>Elements whose class, id, role, aria-label or itemprop names furniture: share, related, ads, comments, ...</summary>
    public const string Boilerplate = "html.boilerplate";

    /// <summary>A figure caption whose text already appeared earlier in the article.</summary>
    public const string DuplicateCaption = "html.caption-duplicate";

    /// <summary>A line of the main block that is mostly link text (a list of links, "Read more: ...").</summary>
    public const string LinkDense = "html.link-dense";

    /// <summary>Text outside the block chosen as the article's main content.</summary>
    public const string OutsideMain = "html.outside-main";
}

namespace NewsClean.Tests.Html;

/// <summary>Builds small test pages around an article body.</summary>
internal static class HtmlPages
{
    public const string Para1 = "The council approved the new budget on Tuesday after a long debate about school funding and road repairs.";
    public const string Para2 = "Members said the plan would raise spending on libraries by ten percent, while keeping property taxes flat for another year.";
    public const string Para3 = "The mayor, who had proposed deeper cuts, said she would sign the budget but warned that next year would be harder.";

    /// <summary>A page whose article holds three paragraphs and <paramref name="inside"/>, with <paramref name="around"/> beside it.</summary>
    public static string Page(string inside = "", string around = "", string headline = "Council passes budget") => $"""
        <!DOCTYPE html>
        <html><head><title>{headline} | Gazette</title></head>
        <body>
        {around}
        <article>
          <h1>{headline}</h1>
          <p>{Para1}</p>
          {inside}
          <p>{Para2}</p>
          <p>{Para3}</p>
        </article>
        </body></html>
        """;
}

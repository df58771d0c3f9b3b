namespace NewsClean.Rules.BuiltIn;

/// <summary>
/// Removes a reader poll's chrome and keeps the poll: its question and its results are content when the article
/// reports them ("Мы спросили читателей … Результаты опроса — ниже."), but the widget's label over the question
/// ("Опрос") and its buttons under the results ("Голосовать", "Результаты") are not. The poll is found by its shape in
/// any language: a question, then two or more options that each end in a share of the votes ("Да — 58% (1 412
/// голосов)"), then, optionally, a line with the total.
/// </summary>
internal sealed class PollWidgetRule() : CleaningRule("site.poll", "Removes a reader poll's label and buttons, keeping its question and results.")
{
    private const string LabelReason = "reader poll's label";
    private const string ButtonReason = "reader poll's button";

    private const int MinOptions = 2;
    private const int MaxOptions = 12;
    private const int MaxOptionWords = 20;
    private const int MaxQuestionWords = 40;
    private const int MaxTotalWords = 6;
    private const int MaxChromeWords = 2;
    private const int MaxButtons = 3;

    protected internal override void Apply(CleaningContext context)
    {
        for (int i = 0; i < context.LineCount; i++)
        {
            if (!IsQuestion(context, i))
            {
                continue;
            }

            int options = 0, last = i;
            for (int j = context.NextKept(i); j >= 0 && options < MaxOptions && IsOption(context, j); j = context.NextKept(j))
            {
                options++;
                last = j;
            }

            if (options < MinOptions)
            {
                continue;
            }

            // The widget's label and buttons are set tight against the poll; a subheading above the question or after
            // the results ("Analysis" over the next paragraph) stands apart, after a blank line, and stays.
            int label = context.PreviousKept(i);
            if (label >= 0 && !context.HasBlankBefore(i) && IsChrome(context, label))
            {
                context.Remove(label, LabelReason);
            }

            int next = context.NextKept(last);
            if (next >= 0 && IsTotal(context, next))
            {
                next = context.NextKept(next);
            }

            for (int buttons = 0; next >= 0 && buttons < MaxButtons && !context.HasBlankBefore(next) && IsChrome(context, next); buttons++, next = context.NextKept(next))
            {
                context.Remove(next, ButtonReason);
            }

            i = last;
        }
    }

    private static bool IsQuestion(CleaningContext context, int line)
    {
        var text = context.GetText(line);
        return !context.IsRemoved(line) && text.Length > 0 && text[^1] is '?' or '？' or '؟' && context.GetFeatures(line).Words <= MaxQuestionWords;
    }

    /// <summary>"Да, давно пора — 58% (1 412 голосов)", "Yes: 58%", "No 27 %": a short line whose last share is near its end.</summary>
    private static bool IsOption(CleaningContext context, int line)
    {
        var f = context.GetFeatures(line);
        var text = context.GetText(line);
        if (f.Words > MaxOptionWords || f.EndsSentence || f.Digits == 0)
        {
            return false;
        }

        int percent = text.LastIndexOf('%');
        if (percent <= 0)
        {
            return false;
        }

        // After the share only a bracketed vote count may follow.
        var rest = text[(percent + 1)..].Trim();
        bool share = char.IsAsciiDigit(text[percent - 1]) || (text[percent - 1] == ' ' && percent > 1 && char.IsAsciiDigit(text[percent - 2]));
        return share && (rest.IsEmpty || (rest[0] == '(' && rest[^1] == ')'));
    }

    /// <summary>"Всего проголосовали: 2 434", "1,211 votes": a short line with a number and no share.</summary>
    private static bool IsTotal(CleaningContext context, int line)
    {
        var f = context.GetFeatures(line);
        return f.Digits > 0 && f.Words <= MaxTotalWords && !f.EndsSentence && !context.GetText(line).Contains('%');
    }

    /// <summary>A label or a button: one or two words, no number, no sentence, no colon that introduces something.</summary>
    private static bool IsChrome(CleaningContext context, int line)
    {
        var f = context.GetFeatures(line);
        var text = context.GetText(line);
        return f.Words is > 0 and <= MaxChromeWords && f.Digits == 0 && !f.EndsSentence && text[^1] != ':';
    }
}

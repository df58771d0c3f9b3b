namespace NewsClean.Rules;

/// <summary>A rule that judges each line that is still kept, one at a time, with its neighbours in view.</summary>
public abstract class LineRule : CleaningRule
{
    /// <inheritdoc />
    protected LineRule(string id, string description)
        : base(id, description)
    {
    }

    /// <inheritdoc />
    protected internal sealed override void Apply(CleaningContext context)
    {
        for (int i = 0; i < context.LineCount; i++)
        {
            if (context.IsRemoved(i) || context.IsSettled(i))
            {
                continue;
            }

            if (Match(context, i) is { } reason)
            {
                context.Remove(i, reason);
            }
            else if (JudgesLineAlone)
            {
                context.Settle(i);
            }
        }
    }

    /// <summary>
    /// True when <see cref="Match"/> reads only the line itself (its text, features and phrase matches), so a line it
    /// keeps is kept again in the next pass while it stays whole, and need not be judged again.
    /// </summary>
    internal virtual bool JudgesLineAlone => false;

    /// <summary>Returns why the line is boilerplate, or null to keep it.</summary>
    /// <param name="context">The document.</param>
    /// <param name="line">The line's index.</param>
    protected abstract string? Match(CleaningContext context, int line);
}

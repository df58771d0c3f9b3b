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
            if (!context.IsRemoved(i) && Match(context, i) is { } reason)
            {
                context.Remove(i, reason);
            }
        }
    }

    /// <summary>Returns why the line is boilerplate, or null to keep it.</summary>
    /// <param name="context">The document.</param>
    /// <param name="line">The line's index.</param>
    protected abstract string? Match(CleaningContext context, int line);
}

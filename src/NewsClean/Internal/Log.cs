using Microsoft.Extensions.Logging;

namespace NewsClean.Internal;

/// <summary>All log messages, source-generated. Article text only ever goes out at Trace.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1, EventName = "RuleRemoved", Level = LogLevel.Debug,
        Message = "Rule {RuleId} removed input lines {FirstLine}-{LastLine}: {Reason}")]
    public static partial void RuleRemoved(ILogger logger, string ruleId, int firstLine, int lastLine, string reason);

    [LoggerMessage(EventId = 2, EventName = "RuleFailed", Level = LogLevel.Warning,
        Message = "Rule {RuleId} threw and was skipped for this document")]
    public static partial void RuleFailed(ILogger logger, string ruleId, Exception exception);

    [LoggerMessage(EventId = 3, EventName = "DocumentCleaned", Level = LogLevel.Debug,
        Message = "Cleaned a document: {InputLength} -> {OutputLength} characters, {RemovalCount} removals")]
    public static partial void DocumentCleaned(ILogger logger, int inputLength, int outputLength, int removalCount);

    [LoggerMessage(EventId = 4, EventName = "PipelineBuilt", Level = LogLevel.Information,
        Message = "Built a cleaning pipeline with rules [{RuleIds}] and languages [{Languages}]")]
    public static partial void PipelineBuilt(ILogger logger, string ruleIds, string languages);

    [LoggerMessage(EventId = 5, EventName = "RemovalGuarded", Level = LogLevel.Information,
        Message = "Rule {RuleId} was overruled: {Reason}")]
    public static partial void RemovalGuarded(ILogger logger, string ruleId, string reason);

    [LoggerMessage(EventId = 6, EventName = "RemovedText", Level = LogLevel.Trace,
        Message = "Rule {RuleId} removed text: {Text}")]
    public static partial void RemovedText(ILogger logger, string ruleId, string text);
}

using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace ClaimTracker.Web.Tests.Support;

/// <summary>Reads the page as a person does: text with markup whitespace collapsed to single spaces.</summary>
public static partial class Read
{
    public static string Text(IElement element) => Spaces().Replace(element.TextContent, " ").Trim();

    public static IReadOnlyList<string> Texts(IEnumerable<IElement> elements) => elements.Select(Text).ToList();

    /// <summary>The validation messages shown beside the field a label names, found through the label's "for".</summary>
    public static IReadOnlyList<string> FieldMessages(IElement form, string inputId)
    {
        var label = form.QuerySelector($"label[for='{inputId}']")
            ?? throw new InvalidOperationException($"No label for #{inputId}.");
        return Texts(label.ParentElement!.QuerySelectorAll(".validation-message"));
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}

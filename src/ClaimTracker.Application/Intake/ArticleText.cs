using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using SmartReader;

namespace ClaimTracker.Application.Intake;

/// <summary>
/// Turns what an analyst brings in (pasted text, a .txt file, a saved web page) into the article text the desk keeps:
/// plain paragraphs separated by a blank line, no markup. Every offset the extractor and the selectors use points
/// into this cleaned text.
/// </summary>
public static partial class ArticleText
{
    /// <summary>The most article text kept on a source: far beyond any news article, short of a book.</summary>
    public const int MaxLength = 200_000;

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "P", "DIV", "H1", "H2", "H3", "H4", "H5", "H6", "LI", "BLOCKQUOTE", "SECTION", "ARTICLE", "TR", "PRE",
        "FIGCAPTION", "DD", "DT", "MAIN", "TABLE", "UL", "OL", "HEADER", "FIGURE",
    };

    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "SCRIPT", "STYLE", "NOSCRIPT", "NAV", "FOOTER", "ASIDE", "FORM", "BUTTON", "SVG", "IFRAME", "TEMPLATE", "SELECT",
    };

    /// <summary>Whether a file or paste looks like HTML rather than text.</summary>
    public static bool LooksLikeHtml(string content) => HtmlSniff().IsMatch(content);

    /// <summary>Line endings unified, spaces tidied, paragraphs separated by one blank line.</summary>
    public static string FromPlainText(string text)
    {
        var unified = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Replace('\u00A0', ' ');
        var paragraphs = unified.Split('\n')
            .Select(line => InlineSpace().Replace(line, " ").Trim())
            .Where(line => line.Length > 0);
        return string.Join("\n\n", paragraphs);
    }

    /// <summary>
    /// The article's main content from a saved web page (SmartReader, a Readability port), else the whole body; as
    /// plain paragraphs (AngleSharp). Nothing is fetched: images and links are ignored.
    /// </summary>
    public static string FromHtml(string html)
    {
        string? main = null;
        try
        {
            // The address only resolves relative links, which are dropped anyway.
            var article = new Reader("file:///article.html", html).GetArticle();
            if (article.IsReadable && !string.IsNullOrWhiteSpace(article.Content))
            {
                main = article.Content;
            }
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A page SmartReader cannot read is still read whole below.
            main = null;
        }
        var text = Paragraphs(main ?? html);
        return text.Length > 0 || main is null ? text : Paragraphs(html);
    }

    /// <summary>Text or HTML, whichever the content is.</summary>
    public static string Clean(string content) => LooksLikeHtml(content) ? FromHtml(content) : FromPlainText(content);

    private static string Paragraphs(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        var paragraphs = new List<string>();
        var current = new StringBuilder();
        Walk(document.Body ?? (INode)document.DocumentElement, paragraphs, current);
        Flush(paragraphs, current);
        return string.Join("\n\n", paragraphs);
    }

    private static void Walk(INode node, List<string> paragraphs, StringBuilder current)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    current.Append(text.Data);
                    break;
                case IElement element when Skipped.Contains(element.TagName):
                    break;
                case IElement { TagName: "BR" }:
                    Flush(paragraphs, current);
                    break;
                case IElement element when Blocks.Contains(element.TagName):
                    Flush(paragraphs, current);
                    Walk(element, paragraphs, current);
                    Flush(paragraphs, current);
                    break;
                default:
                    Walk(child, paragraphs, current);
                    break;
            }
        }
    }

    private static void Flush(List<string> paragraphs, StringBuilder current)
    {
        var line = InlineSpace().Replace(current.ToString().Replace('\u00A0', ' '), " ").Trim();
        if (line.Length > 0)
        {
            paragraphs.Add(line);
        }
        current.Clear();
    }

    [GeneratedRegex(@"[ \t\f\v\u00A0\n]+")]
    private static partial Regex InlineSpace();

    [GeneratedRegex(@"<\s*(?:html|body|p|div|article|!doctype|head|span|br|h[1-6])\b", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlSniff();
}

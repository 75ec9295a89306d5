using System.Text;
using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.Application.Intake;
using ClaimTracker.Web.Components.Pages.Sources;
using ClaimTracker.Web.Tests.Support;
using Microsoft.AspNetCore.Components.Forms;

namespace ClaimTracker.Web.Tests.Sources;

public sealed class ArticleIntakeFormTests : ComponentTest
{
    // Invented text, not one of the seed articles.
    private const string Article = "Ferry strike ends\n\n“The crews have accepted the offer,” Jonas Quist said.";

    public ArticleIntakeFormTests()
    {
        SignInAs(Roles.Analyst);
        JSInterop.Mode = JSRuntimeMode.Loose;
        Dispatcher.On((KeepArticleText _) => Article.Length);
    }

    private IRenderedComponent<ArticleIntakeForm> RenderForm() => Render<ArticleIntakeForm>(p => p.Add(x => x.SourceId, 12));

    [Fact]
    public void A_pasted_article_is_kept_on_the_source_and_the_reading_view_opens()
    {
        var cut = RenderForm();

        cut.Find("#article-paste").Change(Article);
        cut.Find("[data-testid=paste-form]").Submit();

        Assert.Equal(new KeepArticleText(12, Article), Dispatcher.Last<KeepArticleText>());
        Assert.Equal("sources/12/article", CurrentUrl);
    }

    [Fact]
    public void An_uploaded_web_page_is_kept_as_sent_for_the_use_case_to_clean()
    {
        var cut = RenderForm();
        const string Html = "<html><body><p>“The crews have accepted the offer,” Jonas Quist said.</p></body></html>";

        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText(Html, "ferry.html"));

        Assert.Equal(Html, Dispatcher.Last<KeepArticleText>().Content);
        Assert.Equal("sources/12/article", CurrentUrl);
    }

    public static TheoryData<string, byte[], string> BadFiles => new()
    {
        { "report.pdf", Encoding.UTF8.GetBytes("%PDF-1.7"), "“report.pdf” is not a text file or a saved web page: choose a .txt or .html file." },
        { "empty.txt", [], "“empty.txt” is empty: choose the file with the article in it." },
        { "binary.txt", [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00], "“binary.txt” is not text (it holds binary data, or text in an encoding other than UTF-8)" },
        { "latin1.txt", [0x53, 0xE9, 0x6E, 0x61, 0x74], "“latin1.txt” is not text" },
        { "huge.html", new byte[ArticleIntakeForm.MaxFileBytes + 1], "“huge.html” is 5.0 MB; the most ClaimTracker reads is 5 MB." },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public void A_file_that_is_not_an_article_gets_a_message_naming_it_and_nothing_is_kept(string name, byte[] content, string message)
    {
        var cut = RenderForm();

        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(content, name));

        Assert.Contains(message, cut.Find("[data-testid=errors]").TextContent, StringComparison.Ordinal);
        Assert.Empty(Dispatcher.SentOf<KeepArticleText>());
        Assert.Equal("", CurrentUrl);
    }

    [Fact]
    public void A_paste_the_use_case_refuses_is_explained_and_the_page_stays()
    {
        Dispatcher.Throw<KeepArticleText>(RequestValidationException.For("Content", "Paste the article text or choose a .txt or .html file with the article in it."));
        var cut = RenderForm();

        cut.Find("#article-paste").Change("   ");
        cut.Find("[data-testid=paste-form]").Submit();

        Assert.Contains("Paste the article text", cut.Find("[data-testid=errors]").TextContent, StringComparison.Ordinal);
        Assert.Equal("", CurrentUrl);
    }

    [Fact]
    public void The_paste_box_stops_at_its_limit_and_says_a_longer_article_goes_in_a_file()
    {
        var cut = RenderForm();

        Assert.Equal(ArticleIntakeForm.PasteMaxLength.ToString(System.Globalization.CultureInfo.InvariantCulture), cut.Find("#article-paste").GetAttribute("maxlength"));
        Assert.Contains("A longer article: upload it as a file.", cut.Markup, StringComparison.Ordinal);
    }
}

using System.Text;
using ClaimTracker.Application.Common;
using ClaimTracker.Application.Imports;
using ClaimTracker.Web.Dispatch;

namespace ClaimTracker.Web.Imports;

public static class ImportEndpoints
{
    /// <summary>
    /// <c>GET /imports/{id}/rejections.csv</c>: the rows an import left out (file, line, reason, raw excerpt), for a
    /// signed-in member. Cells a spreadsheet would run as a formula are prefixed with an apostrophe.
    /// </summary>
    public static WebApplication MapImportDownloads(this WebApplication app)
    {
        app.MapGet("/imports/{id:int}/rejections.csv", async (int id, HttpContext http, IServiceScopeFactory scopes) =>
        {
            ImportReport report;
            try
            {
                report = await OperationScope.SendAs(scopes, http.User, new GetImport(id), http.RequestAborted);
            }
            catch (NotFoundException)
            {
                return Results.NotFound();
            }
            var csv = new StringBuilder("file,line,reason,excerpt\r\n");
            foreach (var r in report.Rejections)
            {
                csv.Append(Cell(r.FileName)).Append(',').Append(r.LineNumber).Append(',')
                    .Append(Cell(r.Reason)).Append(',').Append(Cell(r.Excerpt)).Append("\r\n");
            }
            return Results.File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv.ToString())).ToArray(),
                "text/csv; charset=utf-8", $"import-{id}-rejected-rows.csv");
        }).RequireAuthorization();
        return app;
    }

    private static string Cell(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }
        return "\"" + value.Replace("\"", "\"\"") + "\"";
    }
}

using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace ClaimTracker.Web.Api;

/// <summary>
/// Everything under /api answers in ProblemDetails JSON, whatever went wrong and in every environment: a path no
/// endpoint matches (404), a method it does not take (405), a request the server cannot read (400) and an
/// unhandled exception (500, logged, no details sent). Without this, those would reach the HTML not-found page, the
/// HTML error page, or the developer exception page. Use-case refusals (400/401/403/404/409) are shaped earlier, by
/// <see cref="ApiProblems"/>.
/// </summary>
public static class ApiErrors
{
    public const string Prefix = "/api";

    /// <summary>Add after the exception handler and the status-code pages, so /api requests skip both.</summary>
    public static IApplicationBuilder UseApiErrors(this IApplicationBuilder app) =>
        app.UseWhen(c => c.Request.Path.StartsWithSegments(Prefix), api => api.Use(HandleAsync));

    private static async Task HandleAsync(HttpContext http, RequestDelegate next)
    {
        // The HTML not-found page must not replace an API's answer.
        if (http.Features.Get<IStatusCodePagesFeature>() is { } pages)
        {
            pages.Enabled = false;
        }
        try
        {
            await next(http);
        }
        catch (BadHttpRequestException e) when (!http.Response.HasStarted)
        {
            await WriteAsync(http, e.StatusCode, "The request could not be read.", e.Message);
            return;
        }
        catch (Exception e) when (!http.Response.HasStarted && !http.RequestAborted.IsCancellationRequested)
        {
            http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ApiErrors))
                .LogError(e, "Unhandled error answering {Method} {Path}", http.Request.Method, http.Request.Path);
            await WriteAsync(http, StatusCodes.Status500InternalServerError, "Something went wrong on our side.",
                "The error was logged. Try again later; if it keeps happening, tell the desk's administrator.");
            return;
        }

        if (http.Response.StatusCode >= 400 && !http.Response.HasStarted && http.Response.ContentLength is null or 0
            && http.Response.ContentType is null)
        {
            var (title, detail) = http.Response.StatusCode switch
            {
                StatusCodes.Status404NotFound => ("Not found.", $"No API endpoint answers {http.Request.Path}."),
                StatusCodes.Status405MethodNotAllowed => ("Method not allowed.", $"{http.Request.Path} does not take {http.Request.Method}; the API only reads (GET)."),
                _ => ("The request was refused.", null),
            };
            await WriteAsync(http, http.Response.StatusCode, title, detail);
        }
    }

    private static async Task WriteAsync(HttpContext http, int status, string title, string? detail)
    {
        http.Response.Clear();
        http.Response.StatusCode = status;
        var problems = http.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = new ProblemDetails
            {
                Status = status,
                Title = title,
                Detail = detail,
                Instance = http.Request.Path,
            },
        });
    }
}

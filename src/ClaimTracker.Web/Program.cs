using System.Text.Json.Serialization;
using ClaimTracker.Application;
using ClaimTracker.Infrastructure;
using ClaimTracker.Web.Api;
using ClaimTracker.Web.Commands;
using ClaimTracker.Web.Components;
using ClaimTracker.Web.Components.Account;
using ClaimTracker.Web.Dispatch;
using ClaimTracker.Web.Setup;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.Diagnostics;

var builder = WebApplication.CreateBuilder(args);

// Circuit limits come from the "Circuits" section of appsettings.json, where each value says why it was chosen;
// the hub's message size is raised below, for long text fields.
builder.Services.AddRazorComponents()
    .AddInteractiveServerComponents(o =>
    {
        builder.Configuration.GetSection("Circuits").Bind(o);
        o.DetailedErrors = builder.Environment.IsDevelopment();
    })
    // A field's whole text travels in one message when it changes. The longest field (a rationale, 8,000 characters)
    // at six bytes a character (JSON escapes) needs about 48 KB; SignalR's 32 KB default dropped the connection and
    // lost the form. Fields carry maxlength, so the browser never sends more than their use case accepts.
    .AddHubOptions(o => o.MaximumReceiveMessageSize = 64 * 1024);

builder.Services.AddClaimTrackerApplication(builder.Configuration["AutoMapper:LicenseKey"]);
builder.Services.AddClaimTrackerInfrastructure(builder.Configuration, builder.Environment.ContentRootPath);
builder.Services.AddClaimTrackerIdentity(builder.Environment);
builder.Services.AddProductionTransport(builder.Configuration);
builder.Services.AddSingleton<PublicBaseUrl>();
builder.Services.AddScoped<IDispatcher, CircuitDispatcher>();
builder.Services.AddScoped<PrerenderedQueries>();
builder.Services.AddScoped<ClaimTracker.Web.Components.Pages.Sources.RejectedCandidates>();
builder.Services.AddScoped<CircuitPresence>();
builder.Services.AddScoped<CircuitHandler>(sp => sp.GetRequiredService<CircuitPresence>());
builder.Services.AddSingleton<ClaimTracker.Web.Imports.ImportJobs>();
builder.Services.AddHostedService<ClaimTracker.Web.Imports.ImportWorker>();

builder.AddClaimTrackerOperations();
builder.Services.AddProblemDetails();
// A bad request to an endpoint (a form without its antiforgery token) answers 400 in every environment, rather than
// throwing in Development only and going through the error page.
builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = false);
builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
builder.Services.AddApiDescription();

var app = builder.Build();

await app.InitialiseDatabaseAsync();
if (await app.RunCommandAsync(args) is { } exitCode)
{
    return exitCode;
}
// Read once before serving, so a production server without its public address stops here with the reason.
app.Services.GetRequiredService<PublicBaseUrl>();

app.UseMetricsAccessRule();
app.UseExceptionHandler(new ExceptionHandlerOptions
{
    ExceptionHandlingPath = "/Error",
    CreateScopeForErrors = true,
    // A request refused as malformed (a form without its antiforgery token) is the sender's fault: 400, not 500.
    StatusCodeSelector = e => e is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError,
});
app.UseProductionTransport();
app.UseSecurityHeaders();
app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
// The not-found page is for what a browser navigates to. Any other method keeps its bare status: re-executing a
// refused POST (no antiforgery token) would post it again to the not-found page, which then failed with a 500.
app.Use((context, next) =>
{
    if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method)
        && context.Features.Get<IStatusCodePagesFeature>() is { } statusCodePages)
    {
        statusCodePages.Enabled = false;
    }
    return next(context);
});
app.UseApiErrors();

app.UseAntiforgery();

app.MapStaticAssets();
app.MapRazorComponents<App>()
    // Our own CSP (SecurityHeaders) already says frame-ancestors 'none'; Blazor's default would add a second header.
    .AddInteractiveServerRenderMode(o => o.ContentSecurityFrameAncestorsPolicy = null);
app.MapAdditionalIdentityEndpoints();
app.MapReadApi();
app.MapExportApi();
// The API's description is open to anyone (it holds no records, and the public feed's readers need it); its
// interactive reference page is for members.
app.MapOpenApi().AllowAnonymous();
app.MapApiReference();
ClaimTracker.Web.Imports.ImportEndpoints.MapImportDownloads(app);
app.MapClaimTrackerOperations();

await app.RunAsync();
return 0;

/// <summary>Visible to the test host (WebApplicationFactory).</summary>
public partial class Program;

using System.Text.Json.Serialization;
using ClaimTracker.Application;
using ClaimTracker.Infrastructure;
using ClaimTracker.Web.Api;
using ClaimTracker.Web.Components;
using ClaimTracker.Web.Components.Account;
using ClaimTracker.Web.Dispatch;
using ClaimTracker.Web.Setup;

var builder = WebApplication.CreateBuilder(args);

// Circuit limits stay at their defaults; the hub's message size is raised below, for long text fields.
builder.Services.AddRazorComponents()
    .AddInteractiveServerComponents(o => o.DetailedErrors = builder.Environment.IsDevelopment())
    // A field's whole text travels in one message when it changes. The longest field (a rationale, 8,000 characters)
    // at six bytes a character (JSON escapes) needs about 48 KB; SignalR's 32 KB default dropped the connection and
    // lost the form. Fields carry maxlength, so the browser never sends more than their use case accepts.
    .AddHubOptions(o => o.MaximumReceiveMessageSize = 64 * 1024);

builder.Services.AddClaimTrackerApplication(builder.Configuration["AutoMapper:LicenseKey"]);
builder.Services.AddClaimTrackerInfrastructure(builder.Configuration, builder.Environment.ContentRootPath);
builder.Services.AddClaimTrackerIdentity(builder.Environment);
builder.Services.AddScoped<IDispatcher, CircuitDispatcher>();

builder.Services.AddProblemDetails();
builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));

var app = builder.Build();

await app.InitialiseDatabaseAsync();
if (await app.RunCommandAsync(args) is { } exitCode)
{
    return exitCode;
}

app.UseExceptionHandler("/Error", createScopeForErrors: true);
if (!app.Environment.IsDevelopment())
{
    app.UseHsts();
}
app.UseSecurityHeaders();
app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);

app.UseAntiforgery();

app.MapStaticAssets();
app.MapRazorComponents<App>()
    // Our own CSP (SecurityHeaders) already says frame-ancestors 'none'; Blazor's default would add a second header.
    .AddInteractiveServerRenderMode(o => o.ContentSecurityFrameAncestorsPolicy = null);
app.MapAdditionalIdentityEndpoints();
app.MapReadApi();

await app.RunAsync();
return 0;

/// <summary>Visible to the test host (WebApplicationFactory).</summary>
public partial class Program;

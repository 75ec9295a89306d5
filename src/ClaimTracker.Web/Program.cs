using System.Text.Json.Serialization;
using ClaimTracker.Application;
using ClaimTracker.Infrastructure;
using ClaimTracker.Web.Api;
using ClaimTracker.Web.Components;
using ClaimTracker.Web.Components.Account;
using ClaimTracker.Web.Dispatch;
using ClaimTracker.Web.Setup;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddRazorComponents()
    .AddInteractiveServerComponents(o => o.DetailedErrors = builder.Environment.IsDevelopment());

builder.Services.AddClaimTrackerApplication(builder.Configuration["AutoMapper:LicenseKey"]);
builder.Services.AddClaimTrackerInfrastructure(builder.Configuration, builder.Environment.ContentRootPath);
builder.Services.AddClaimTrackerIdentity();
builder.Services.AddScoped<IDispatcher, CircuitDispatcher>();

builder.Services.AddProblemDetails();
builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));

var app = builder.Build();

await app.InitialiseDatabaseAsync();

app.UseExceptionHandler("/Error", createScopeForErrors: true);
if (!app.Environment.IsDevelopment())
{
    app.UseHsts();
}
app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);

app.UseAntiforgery();

app.MapStaticAssets();
app.MapRazorComponents<App>()
    .AddInteractiveServerRenderMode();
app.MapAdditionalIdentityEndpoints();
app.MapReadApi();

app.Run();

/// <summary>Visible to the test host (WebApplicationFactory).</summary>
public partial class Program;

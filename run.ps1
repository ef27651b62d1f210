#!/usr/bin/env pwsh
# TeamSim convenience wrapper (PowerShell 7, Windows, macOS and Linux).
#
#   ./run.ps1 run classroom [teamsim run options...]   build once, then run a scenario
#   ./run.ps1 sweep FILE [teamsim sweep options...]    build once, then run a sweep
#   ./run.ps1 test [dotnet test options...]            run the test suite (Release)
#   ./run.ps1 build                                    build (Release) if sources changed
#   ./run.ps1 teamsim ARGS...                          any other teamsim command
#
# On Linux without PowerShell installed: dotnet tool restore; dotnet pwsh ./run.ps1 run classroom
# Options after the subcommand are passed through unchanged, e.g.
#   ./run.ps1 run classroom --replications 400 --out results/demo --threads 4
# No param() block on purpose: every argument, including --options, reaches teamsim as written.

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest

$root = $PSScriptRoot
$solution = Join-Path $root 'TeamSim.sln'
$cli = Join-Path $root 'src/TeamSim.Cli/bin/Release/net10.0/teamsim.dll'

function Invoke-BuildOnce {
    # Build only when the CLI is missing or any source, project or scenario file is newer than it.
    $stale = -not (Test-Path $cli)
    if (-not $stale) {
        $built = (Get-Item $cli).LastWriteTimeUtc
        $newer = Get-ChildItem -Path (Join-Path $root 'src'), (Join-Path $root 'scenarios') -Recurse -File -Include '*.cs', '*.csproj', '*.json' |
            Where-Object { $_.FullName -notmatch '[\\/](bin|obj)[\\/]' -and $_.LastWriteTimeUtc -gt $built } |
            Select-Object -First 1
        $stale = $null -ne $newer
        foreach ($props in 'Directory.Build.props', 'Directory.Packages.props') {
            if ((Get-Item (Join-Path $root $props)).LastWriteTimeUtc -gt $built) { $stale = $true }
        }
    }
    if ($stale) {
        Write-Host 'Building TeamSim (Release)...'
        & dotnet build (Join-Path $root 'src/TeamSim.Cli/TeamSim.Cli.csproj') -c Release --nologo -v quiet
        if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
        # Mark the build time even when the compiler left an unchanged dll untouched.
        (Get-Item $cli).LastWriteTimeUtc = [DateTime]::UtcNow
    }
}

function Show-Usage {
    Write-Host 'Usage: ./run.ps1 run|sweep|test|build|teamsim [options...]'
    Write-Host '  ./run.ps1 run classroom                    compare command vs inquiry'
    Write-Host '  ./run.ps1 run escalating-crisis --replications 400 --out results/crisis'
    Write-Host '  ./run.ps1 sweep my-sweep.json              run a sweep (see docs/EXPERIMENTS.md)'
    Write-Host '  ./run.ps1 test                             run all tests'
    Write-Host '  ./run.ps1 teamsim scenarios                any teamsim command'
}

$command = if ($args.Count -gt 0) { [string]$args[0] } else { 'help' }
$rest = @(if ($args.Count -gt 1) { $args[1..($args.Count - 1)] | ForEach-Object { [string]$_ } })

switch ($command) {
    'run' { Invoke-BuildOnce; & dotnet $cli run @rest; exit $LASTEXITCODE }
    'sweep' { Invoke-BuildOnce; & dotnet $cli sweep @rest; exit $LASTEXITCODE }
    'teamsim' { Invoke-BuildOnce; & dotnet $cli @rest; exit $LASTEXITCODE }
    'build' { Invoke-BuildOnce; exit 0 }
    'test' { & dotnet test $solution -c Release @rest; exit $LASTEXITCODE }
    { $_ -in 'help', '-h', '--help', '-?' } { Show-Usage; exit 0 }
    default { Write-Host "run.ps1: unknown subcommand '$command'"; Show-Usage; exit 2 }
}

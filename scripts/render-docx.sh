#!/usr/bin/env bash
# Renders an exported target table to PNG pages for a visual check of the official layout:
# export → .docx → PDF (LibreOffice headless) → PNG (pdftoppm). Writes only under a temporary folder.
# Usage: scripts/render-docx.sh ["项目名称"] [docx|xlsx]   (needs: apt-get install libreoffice-writer-nogui libreoffice-calc-nogui poppler-utils fonts-noto-cjk)
set -euo pipefail
cd "$(dirname "$0")/.."
project="${1:-科技管理信息系统升级开发与技术支持服务}"
format="${2:-docx}"
out="$(mktemp -d)"
dotnet run --project src/Bot -- export --project "$project" --format "$format" --out "$out/table.$format" >/dev/null
libreoffice --headless --convert-to pdf --outdir "$out" "$out/table.$format" >/dev/null 2>&1
pdftoppm -png -r 60 "$out/table.pdf" "$out/page"
ls "$out"/page*.png

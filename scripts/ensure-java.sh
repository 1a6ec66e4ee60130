#!/usr/bin/env bash
# The Nu Html Checker (npm vnu-jar) runs on Java 11 or later. Use the system one; install a
# headless JRE when we can (root with apt-get), otherwise stop with one line saying what to do.
set -euo pipefail
if command -v java >/dev/null 2>&1; then exit 0; fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Java is missing: installing a headless JRE with apt-get (system package 'default-jre-headless')…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq default-jre-headless >/dev/null
  exit 0
fi
echo "Java is missing: run 'sudo apt-get install -y default-jre-headless', then npm test again." >&2
exit 1

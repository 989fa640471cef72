#!/usr/bin/env bash
# Builds the seed corpora under fuzz/corpus/<target>/ from the repository's
# fixtures: whole replies for parse/parse_bytes, their lines for the piece
# targets, plus short hand-written strings of each piece's shapes.
# Idempotent: seeds are named seed-<sha1 prefix> and rewritten each run.
set -euo pipefail
cd "$(dirname "$0")"
root=..
docs=("$root"/tests/fixtures/replies/*.txt "$root"/examples/data/sample-reply.txt)

put() { # put TARGET TEXT
    local dir="corpus/$1" h
    mkdir -p "$dir"
    h=$(printf '%s' "$2" | sha1sum | cut -c1-12)
    printf '%s' "$2" > "$dir/seed-$h"
}

# whole documents
for f in "${docs[@]}"; do
    put parse "$(cat "$f")"
    put parse_bytes "$(cat "$f")"
done
# a GBK-ish invalid byte and a BOM for the bytes entry point
printf '\xef\xbb\xbf王芳委员：\n您提出的建议收悉，现答复如下：\n我局已办理。' > corpus/parse_bytes/seed-bom
printf '王芳委员：\n\xcd\xf5\xb7\xbc\n' > corpus/parse_bytes/seed-gbk

# every line of every document feeds the scanners
while IFS= read -r line; do
    line=${line%$'\r'}
    [ -n "$line" ] || continue
    put metric_scan "$line"
    case "$line" in *[0-9０-９一二三四五六七八九十百千万亿]*) put quantity "$line";; esac
    case "$line" in *年*|*月*|*日*|*-*) put date "$line";; esac
    case "$line" in *联系*|*电话*|*邮箱*|*@*|*传真*) put contact "$line";; esac
    case "$line" in *答复*|*回复*|*提案*|*建议*) put title "$line";; esac
done < <(cat "${docs[@]}")

# a title may wrap over two or three lines: the head lines of each document
for f in "${docs[@]}"; do
    put title "$(head -n 2 "$f")"
    put title "$(head -n 3 "$f")"
done

for s in 一万零四十 二百零三 貳佰零參 千一 两千六 百二 二三十 两三 二〇二三 3502.38亿 1万2千 \
    百分之一点五七 三分之二 七成六 三成半 负百分之点二八 -12.5 １２３４ 零 十 壹仟零伍拾 \
    一千二百三十四万五千六百七十八亿 99999999999999999999999999999 0.0000000000000000000000000001; do
    put numeral "$s"
done
for s in 3502.38亿元 约80件 至少1名 12.3% 6.5个百分点 46.7亿元 3400户 １５万元 2.2万套 \
    "2-3个" 三成 百分之十五 "1.2万平方米" 320公里 "5 亿元" 10亿元以上 近两成 ; do
    put quantity "$s"
done
for s in 2024年7月5日 二〇二三年六月一日 "2021- 10- 08 10: 45" 2023年上半年 2023年2月30日 \
    "“十四五”期间" 截至2023年2月底 十点半 下午3点 17:03 2023年第一季度 "2023—2025年" 6月20日 \
    "2024-07-12 09:41" 2023.06.01 2023/6/1 2023年2月29日; do
    put date "$s"
done
for s in "（联系人：周小燕 联系电话：0571-87001234）" "+86 20 61302222-8866" 13512345678-9100 \
    "联系人：王明，电话：010-66012345，传真：010-66012346" "电子信箱:office@example.gov.cn" \
    "地址：某市人民路1号 邮编：310000" "联系单位：市民政局"; do
    put contact "$s"
done
for s in "交通运输部关于十三届全国人大一次会议第 6750 号建议的答复函" \
    "关于市政协十二届二次会议第0123号提案的答复" "某区政协一届二次会议第12号提案的答复" \
    "对市十六届人大三次会议第45号建议的答复" "关于《加快推进数字经济发展的建议》的答复"; do
    put title "$s"
done

for d in corpus/*/; do printf '%-24s %4d seeds\n' "$d" "$(ls "$d" | grep -c '^seed-')"; done

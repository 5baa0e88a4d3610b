# Bahasa Indonesia: bahasa loket, bukan terjemahan kata per kata. Setiap id juga ada di en.ftl
# dengan variabel yang sama (src/i18n/tests.rs memeriksanya).

## Perintah pemesanan

cli-held = Kursi { $seats } ditahan untuk jadwal tayang { $showing } sampai { $until }. Bayar dengan: boxoffice sell { $booking } --payment cash
cli-paid = Pesanan { $booking } dibayar { $payment }: { $total }
cli-cancelled = Pesanan { $booking } dibatalkan; { $count ->
   *[other] kursi { $seats } kosong lagi.
}

# Bahasa Indonesia: bahasa loket, bukan terjemahan kata per kata. Setiap id juga ada di en.ftl
# dengan variabel yang sama (src/i18n/tests.rs memeriksanya).

## Perintah pemesanan

cli-held = Kursi { $seats } ditahan untuk jadwal tayang { $showing } sampai { $until }. Bayar dengan: boxoffice sell { $booking } --payment cash
cli-paid = Pesanan { $booking } dibayar { $payment }: { $total }
cli-cancelled = Pesanan { $booking } dibatalkan; { $count ->
   *[other] kursi { $seats } kosong lagi.
}

## screen
# Layar kasir (src/tui/text.rs dan text/): judul, baris tombol, bantuan ?, baris status.

screen-training = LATIHAN
screen-welcome = Siap. Enter membuka kursi jadwal tayang; ? menampilkan semua tombol.
screen-working = Sedang diproses…
screen-loading = Memuat…
screen-slow-database = Basis data lambat menjawab (mungkin loket lain sedang sibuk); tidak ada yang hilang, coba lagi.
screen-screen = LAYAR
screen-nothing-sells-today = Hari ini tidak ada lagi yang dijual: ini jadwal besok (t kembali ke hari ini).
screen-no-venue = Basis data ini belum punya bioskop: impor berkas bioskop (boxoffice import FILE.toml) atau coba boxoffice demo.
screen-title-showings = Jadwal tayang
screen-title-seats = Kursi
screen-title-checkout = Bayar
screen-title-sold = Terjual
screen-title-booking = Pesanan
screen-title-refund = Pengembalian dana
screen-title-help = Tombol
screen-title-find = Cari pesanan
screen-title-go-to = Ke kursi
screen-title-confirm = Mohon konfirmasi
screen-title-sign-in = Masuk
screen-title-report = Laporan
screen-today = hari ini
screen-no-showings = Tidak ada jadwal tayang pada hari ini. ← dan → mengganti hari.
screen-col-time = Jam
screen-col-film = Film
screen-col-rated = Usia
screen-col-runtime = Durasi
screen-col-auditorium = Studio
screen-col-auditorium-short = Std.
screen-col-sold = Terjual
screen-col-state = Status
screen-col-seat = Kursi
screen-col-kind = Jenis
screen-col-ticket = Tiket
screen-col-price = Harga
screen-total = Total
screen-payment = Bayar
screen-tendered = Diterima
screen-tendered-exact = (uang pas; ketik jumlah untuk kembalian)
screen-change-due = Kembalian
screen-no-price-short = tanpa harga
screen-no-price = Ada kursi tanpa harga untuk jenis tiketnya; pilih jenis lain dengan ← →.
screen-tendered-cash-only = Uang diterima hanya untuk tunai; Tab mengganti cara bayar.
screen-extend-hint = (e memperpanjang)
screen-booking-code = Kode pesanan
screen-receipt = Struk
screen-paid-by = dibayar dengan
screen-find-prompt = Kode pesanan:
screen-find-hint = 6 huruf dan angka · Enter mencari · Esc batal
screen-go-to-prompt = Kursi:
screen-go-to-hint = label seperti C9 · Enter ke sana · Esc batal
screen-seats = Kursi
screen-refunds = Pengembalian dana
screen-no-refunds = tidak ada
screen-printing = Mencetak ulang tiket…
screen-no-printer = Loket ini tidak punya printer (jalankan boxoffice dengan --printer TARGET).
screen-refund-seats = Kursi yang dikembalikan (Space memilih)
screen-refund-reason = Alasan (wajib):
screen-refund-amount = Jumlah:
screen-refund-full = (harga penuh; Tab ke sini untuk menguranginya)
screen-refund-no-seats = Pilih minimal satu kursi untuk dikembalikan (Space).
screen-refund-no-reason = Pengembalian dana perlu alasan: tekan 1-4 untuk alasan umum, atau 5 lalu ketik sendiri.
screen-refund-other = lainnya (ketik sendiri)
screen-confirm-quit = Masih ada kursi ditahan di loket ini. Lepaskan dan keluar?
screen-confirm-release = Lepaskan kursi yang ditahan? Kursinya kosong lagi untuk semua.
screen-yes-no = y ya · n tidak
screen-open-holds = Kursi yang masih ditahan di loket ini ($ membawa yang pertama kembali ke pembayaran):
screen-no-open-holds = Tidak ada kursi ditahan di loket ini.
screen-title-block = Blokir kursi
screen-title-unblock = Buka blokir kursi
screen-title-cancel-showing = Batalkan jadwal tayang
screen-reason = Alasan:
screen-reason-other = lainnya (ketik sendiri)
screen-reason-hint = 1-4 memilih · 5 mengetik sendiri · Enter lanjut · Esc kembali
screen-reason-first = Alasan wajib diisi: 1-4 memilih alasan umum, 5 mengetik sendiri.
screen-block-how = b memblokir kursi kosong: taruh kursor di kursinya atau pilih beberapa (Space).
screen-unblock-how = u membuka kursi terblokir (#): taruh kursor di kursinya atau pilih beberapa (Space).
screen-blocked-selected = Kursi terblokir ikut terpilih: u membukanya, Space atau Bksp mengeluarkannya dari pilihan.
screen-confirm-cancel-showing-hint = y membatalkan jadwal dan mengembalikan dananya · n tidak jadi
screen-cancel-showing-effect = Semua pesanan yang sudah dibayar dikembalikan penuh; kursi yang ditahan dilepas.
screen-report-occupancy = Keterisian jadwal tayang yang mulai hari ini
screen-report-by-payment = Uang hari ini, menurut cara bayar
screen-report-by-ticket = Tiket menurut jenis
screen-report-refunds = Pengembalian dana
screen-report-none = tidak ada
screen-col-method = cara
screen-col-sales = jual
screen-col-amount = jumlah
screen-col-refunds = kembali
screen-col-net = bersih
screen-no-seat-for-sale = tidak ada kursi dijual
screen-legend-cursor = kursor
screen-seat-free = kosong
screen-seat-sold = terjual
screen-seat-blocked = rusak
screen-selection-cleared = Pilihan dihapus.
screen-finish-sale-first = Selesaikan penjualan ini dulu: Enter mengonfirmasi, Esc melepas kursinya.
screen-select-first = Belum ada yang ditahan: pilih kursi dulu (Space satu kursi, angka sejumlah itu kursi terbaik berdampingan).
screen-sign-in-please = Petugas masuk di sini: ketik nama, Tab, PIN, Enter.
screen-sign-in-at = Masuk di
screen-field-name = Nama
screen-field-pin = PIN
screen-sign-in-hint = Tab nama / PIN · Enter masuk · Ctrl-C keluar
screen-name-first = Ketik namanya dulu.
screen-pin-first = Ketik PIN (4 sampai 12 angka).
screen-no-staff = Tidak ada yang bisa masuk di loket ini: belum ada petugas terdaftar.
screen-sign-out-hold-open = Masih ada kursi ditahan di loket ini: jual atau lepaskan (Esc) sebelum keluar.
screen-title-approval = Persetujuan manajer
screen-approval-who = Manajer mengetik nama dan PIN-nya:
screen-approval-hint = Enter menyetujui · Tab nama / PIN · Esc batal
screen-not-approved = Tidak jadi: tidak ada persetujuan manajer.
screen-no-shift = belum ada shift
screen-no-shift-offer = Belum ada shift di loket ini: ketik modal awal lalu Enter untuk membukanya; penjualan lalu dilanjutkan.
screen-shift-not-opened = Shift tidak dibuka; tidak ada yang dijual atau dikembalikan.
screen-shift-open-intro = Belum ada shift di sini. Uang tunai di laci untuk mulai:
screen-shift-float = Modal:
screen-shift-counted = Dihitung:
screen-shift-open-hint = Enter membuka shift · Esc kembali
screen-shift-close-hint = Hitung laci · Enter menutup shift · Esc kembali
screen-shift-closed-hint = Tekan tombol apa saja untuk menutup.
screen-shift-line-float = modal awal
screen-shift-line-expected = seharusnya di laci
screen-shift-line-counted = dihitung
screen-shift-report = Laporan
screen-key-showing = jadwal
screen-key-day = hari
screen-key-today = hari ini
screen-key-seats = kursi
screen-key-find-booking = cari pesanan
screen-key-all-keys = semua tombol
screen-key-quit = keluar
screen-key-report = laporan
screen-key-shift = shift
screen-key-cancel-showing = batalkan jadwal
screen-key-sign-out = ganti petugas
screen-key-move = gerak
screen-key-select = pilih
screen-key-best-seats = kursi terbaik
screen-key-hold-pay = tahan & bayar
screen-key-clear = hapus pilihan
screen-key-back = kembali
screen-key-find = cari
screen-key-keys = tombol
screen-key-block = blokir
screen-key-unblock = buka blokir
screen-key-confirm-sale = konfirmasi jual
screen-key-seat = kursi
screen-key-ticket-type = jenis tiket
screen-key-payment = cara bayar
screen-key-cash-tendered = uang diterima
screen-key-extend-hold = perpanjang
screen-key-release = lepas
screen-key-next-customer = pelanggan berikutnya
screen-key-back-to-the-seats = kembali ke kursi
screen-key-pay-hold = bayar
screen-key-refund = kembalikan dana
screen-key-cancel-hold = batalkan
screen-key-reprint = cetak ulang
screen-key-find-another = cari lagi
screen-key-choose-seat = pilih kursi
screen-key-reason = alasan
screen-key-other-reason = alasan lain
screen-key-next-field = isian berikut
screen-key-scroll = gulir
screen-key-close = tutup
screen-key-name-any-other-key = tombol lain
screen-key-name-pin = nama / PIN
screen-key-sign-in = masuk
screen-key-approve = setujui
screen-key-abandon = batal
screen-key-amount = jumlah
screen-key-confirm = konfirmasi
screen-key-name-any-key = tombol apa saja
screen-key-type-one = ketik sendiri
screen-help-section-everywhere = Di mana saja
screen-help-this-list = daftar ini
screen-help-quit-asks-first-while-a-hold-is-open = keluar (bertanya dulu bila ada tahanan)
screen-help-quit-also-from-a-text-field = keluar, juga dari kolom isian
screen-help-find-a-booking-not-in-checkout = cari pesanan (tidak saat pembayaran)
screen-help-the-day-s-report-not-in-checkout = laporan hari ini (tidak saat pembayaran)
screen-help-open-or-close-this-counter-s-shift = buka atau tutup shift loket ini
screen-help-sign-out-not-while-a-hold-is-open = ganti petugas (tidak saat kursi ditahan)
screen-help-section-showings = Jadwal tayang
screen-help-choose-a-showing = pilih jadwal tayang
screen-help-the-first-showing = jadwal pertama
screen-help-the-last-showing = jadwal terakhir
screen-help-previous-next-day = hari sebelum / berikutnya
screen-help-back-to-today = kembali ke hari ini
screen-help-open-its-seat-map = buka denah kursinya
screen-help-cancel-the-showing-refunding-it-manager = batalkan jadwal, dana kembali (manajer)
screen-help-this-counter-s-open-hold-back-to-checkout = tahanan loket ini: kembali ke pembayaran
screen-help-section-seats = Kursi
screen-help-move-over-the-seats = gerak di denah kursi
screen-help-select-unselect-a-seat = pilih / batal pilih kursi
screen-help-go-to-a-seat-g-c9-enter = ke kursi: g C9 Enter
screen-help-the-1-9-0-10-best-seats-together = 1-9 (0: 10) kursi terbaik berdampingan
screen-help-best-seats-standard-premium = kursi terbaik: reguler / premium
screen-help-best-wheelchair-space-companion = tempat kursi roda terbaik + pendamping
screen-help-clear-the-selection = hapus pilihan
screen-help-hold-the-selection-and-take-payment = tahan pilihan lalu terima pembayaran
screen-help-on-a-sold-or-held-seat-its-booking = di kursi terjual atau ditahan: pesanannya
screen-help-block-the-selected-seats-manager = blokir kursi terpilih (manajer)
screen-help-unblock-the-selected-seats-manager = buka blokir kursi terpilih (manajer)
screen-help-back-to-the-showings = kembali ke jadwal tayang
screen-help-section-checkout = Bayar
screen-help-choose-a-seat = pilih kursi
screen-help-change-its-ticket-type = ganti jenis tiketnya
screen-help-payment-cash-card-qris-other = bayar: tunai, kartu, QRIS, lainnya
screen-help-amount-tendered-cash = uang diterima (tunai)
screen-help-rub-out-a-digit-of-the-amount = hapus satu angka dari jumlah
screen-help-extend-the-hold = perpanjang waktu tahan
screen-help-confirm-the-sale = konfirmasi penjualan
screen-help-release-the-hold-asks-first = lepas kursi yang ditahan (bertanya dulu)
screen-help-section-sold = Terjual
screen-help-next-customer-back-to-the-showings = pelanggan berikutnya: kembali ke jadwal
screen-help-back-to-the-seats = kembali ke kursi
screen-help-section-booking = Pesanan
screen-help-pay-a-running-hold-back-to-checkout = bayar tahanan: kembali ke pembayaran
screen-help-refund-some-or-all-seats = kembalikan dana sebagian atau semua kursi
screen-help-cancel-a-hold = batalkan kursi yang ditahan
screen-help-print-the-tickets-again = cetak ulang tiket
screen-help-back = kembali
screen-help-section-refund = Pengembalian dana
screen-help-choose-seats = pilih kursi
screen-help-a-common-reason = alasan umum
screen-help-type-another-reason = ketik alasan lain
screen-help-seats-reason-amount = kursi / alasan / jumlah
screen-help-refund = kembalikan dana
screen-help-section-block-unblock-cancel-showing = Blokir, buka blokir, batalkan jadwal
screen-help-go-on = lanjut
screen-help-section-sign-in-manager-approval = Masuk, persetujuan manajer
screen-help-name-pin = nama / PIN
screen-help-next-field-then-sign-in-or-approve = isian berikut, lalu masuk atau setujui
screen-help-clear-abandon = hapus / batal
screen-help-section-shift = Shift
screen-help-the-float-or-the-counted-cash = modal awal atau uang yang dihitung
screen-help-open-or-close-the-shift = buka atau tutup shift
screen-help-section-report = Laporan
screen-help-today = hari ini
screen-help-scroll = gulir
screen-help-scroll-a-page = gulir satu halaman
screen-help-back-to-the-top = kembali ke atas
screen-enlarge = Mohon perbesar jendela: loket butuh paling sedikit { $min } karakter (sekarang { $now }).
screen-minutes = { $minutes } mnt
screen-sales-state = { $state ->
    [open] buka
    [selling-closed] penjualan tutup
    [finished] selesai
   *[cancelled] batal
}
screen-sold-out = habis
screen-closed = tutup
screen-not-selling = { $state ->
    [selling-closed] Penjualan jadwal ini sudah tutup: hanya pengembalian dana (/ mencari pesanan).
    [finished] Jadwal tayang ini sudah selesai: tidak ada yang dijual.
    [cancelled] Jadwal tayang ini dibatalkan: tidak ada yang dijual.
   *[other] {""}
}
screen-seat-kind = { $kind ->
    [standard] reguler
    [premium] premium
    [wheelchair] kursi roda
    [companion] pendamping
   *[out_of_service] rusak
}
screen-seat-status = { $status ->
    [available] kosong
    [reserved] ditahan
    [occupied] terjual
   *[blocked] diblokir
}
screen-booking-status = { $status ->
    [held] ditahan
    [paid] lunas
    [cancelled] dibatalkan
    [expired] kedaluwarsa
   *[refunded] dikembalikan
}
screen-claim-state = { $state ->
    [held] ditahan
    [sold] terjual
    [released] dilepas
   *[refunded] dikembalikan
}
screen-ticket-type = { $type ->
    [adult] dewasa
    [child] anak
    [student] pelajar
    [senior] lansia
   *[other] { $type }
}
screen-booking-line = Pesanan { $code }
screen-hold-countdown = Ditahan { $left } lagi
screen-hold-ending = Sisa { $seconds } detik: Enter untuk jual sekarang, e untuk memperpanjang.
screen-short-by = Uang diterima kurang { $amount } dari total.
screen-extended = Diperpanjang sampai { $until }.
screen-hold-ran-out = Waktu tahan { $seats } habis; kursinya kosong lagi.
screen-payment-method = { $method ->
    [cash] tunai
    [card] kartu
    [qris] QRIS
   *[other] lainnya
}
screen-sold = { $code } terjual. Struk: { $path }
screen-sold-without-receipt = { $code } terjual, tetapi struk gagal ditulis: { $why }
screen-change-line = Diterima { $tendered } · kembalian { $change }
screen-no-seat-here = Studio ini tidak punya kursi { $seat }.
screen-not-a-code = { $typed } bukan kode pesanan: 6 huruf dan angka, seperti K7QM3X.
screen-booking-made = Dibuat { $at }
screen-booking-made-at = Dibuat { $at } di { $counter }
screen-held-until = ditahan sampai { $until }
screen-paid-line = dibayar { $at } dengan { $method }, { $total }
screen-only-holds-cancel = Hanya kursi yang masih ditahan yang bisa dibatalkan; pesanan ini { $status }.
screen-nothing-to-print = Tidak ada yang dicetak: pesanan ini { $status }.
screen-printed = { $count } tiket { $code } dicetak.
screen-reprinted = { $count } tiket { $code } dicetak ulang.
screen-not-printed = { $code } TIDAK tercetak: { $why }. Penjualan tetap sah; cari { $code } (/) lalu tekan p untuk cetak ulang.
screen-nothing-to-refund = Tidak ada yang dikembalikan: pesanan ini { $status }.
screen-released = { $code } dibatalkan; { $seats } kosong lagi.
screen-refund-reason-plans = penonton batal datang
screen-refund-reason-wrong-showing = salah jual jadwal
screen-refund-reason-film-problem = gangguan film atau suara
screen-refund-reason-unwell = penonton sakit
screen-refund-too-much = Pengembalian dana paling banyak sebesar harga kursinya: { $most }.
screen-refunded = Dana { $seats } dari { $code } dikembalikan: { $amount }.
screen-refunded-approved = Dana { $seats } dari { $code } dikembalikan: { $amount }, disetujui { $approver }.
screen-confirm-cancel = Batalkan pesanan { $code } dan kosongkan kursinya?
screen-restocked = { $count } jadwal tayang yang selesai dikosongkan lagi.
screen-open-hold-line = { $code }  { $film } { $starts }  { $seats }  sampai { $until }
screen-holds-left-open = { $count ->
   *[other] { $count } pesanan masih ditahan di sini: $ membawa yang pertama kembali ke pembayaran.
}
screen-resumed = Kembali ke { $code }, ditahan sampai { $until }: Enter menjual.
screen-nothing-to-pay = Hanya kursi yang masih ditahan yang bisa dibayar; pesanan ini { $status }.
screen-block-reason-house = kursi undangan
screen-block-reason-broken = kursi rusak
screen-block-reason-guests = disimpan untuk tamu
screen-block-reason-cleaning = sedang dibersihkan
screen-unblock-reason-repaired = sudah diperbaiki
screen-unblock-reason-for-sale = dibuka untuk dijual
screen-unblock-reason-no-guests = tamu tidak datang
screen-unblock-reason-mistake = salah blokir
screen-cancel-reason-projector = proyektor rusak
screen-cancel-reason-power = listrik padam
screen-cancel-reason-no-film = film belum tiba
screen-cancel-reason-too-few = penonton terlalu sedikit
screen-block-what = Blokir { $seats } untuk jadwal ini.
screen-unblock-what = Buka blokir { $seats } untuk jadwal ini.
screen-cancel-what = Batalkan { $showing }.
screen-showing-title = { $film } jam { $time } di { $auditorium }
screen-showing-already = Jadwal tayang ini { $state }: tidak ada yang perlu dibatalkan.
screen-blocked = { $seats } diblokir untuk jadwal ini.
screen-unblocked = { $seats } bisa dijual lagi.
screen-confirm-cancel-showing = Batalkan { $showing } ({ $reason })? { $bookings ->
    [0] Tidak ada pesanan lunas yang perlu dikembalikan
   *[other] { $bookings } pesanan lunas ({ $seats } kursi) dikembalikan penuh
}{ $holds ->
    [0] {""}
   *[other] {" "}dan { $holds } kursi ditahan dilepas
}.
screen-showing-cancelled = Jadwal tayang { $showing } dibatalkan: { $bookings } pesanan dikembalikan penuh ({ $total }), { $holds } tahanan dilepas.
screen-report-amounts-in = jumlah dalam { $currency }
screen-refund-by = kasir { $staff }
screen-report-totals = Penjualan { $sales } · Pengembalian { $refunds } · Bersih { $net }
screen-look = { $look ->
    [free] kosong
    [premium] premium
    [wheelchair] kursi roda
    [companion] pendamping
    [selected] dipilih
    [mine] ditahan di sini
    [reserved] ditahan loket lain
    [sold] terjual
    [blocked] diblokir
   *[not-for-sale] tidak dijual
}
screen-free-of = { $free } dari { $total } kosong
screen-rows-below = ▼ { $below } baris lagi di bawah
screen-rows-above = ▲ { $above } baris lagi di atas
screen-rows-above-below = ▲ { $above } baris di atas · ▼ { $below } baris di bawah
screen-seat-held-by-me = ditahan di sini (pesanan { $code })
screen-seat-held = ditahan
screen-seat-held-at = ditahan di { $counter }
screen-seat-held-until = ditahan sampai { $until }
screen-seat-held-at-until = ditahan di { $counter } sampai { $until }
screen-selected-summary = { $count } dipilih: { $seats }
screen-best-kind = { $kind ->
    [standard] reguler
    [premium] premium
   *[wheelchair] kursi roda
}
screen-nothing-selected = Belum ada pilihan · Space satu kursi · 1-9 terbaik { $kind } · p { $other } · w kursi roda
screen-kind-switched = Angka sekarang memilih kursi { $kind } terbaik.
screen-not-free = { $seat } { $status }; pilih kursi yang kosong.
screen-best-picked = { $described }. Enter menahannya.
screen-taken = { $count ->
   *[other] { $seats } baru saja diambil.
}
screen-taken-at = { $count ->
   *[other] { $seats } baru saja diambil di { $counter }.
}
screen-held = { $seats } ditahan sampai { $until }. Enter untuk pembayaran.
screen-role = { $role ->
    [cashier] kasir
   *[manager] manajer
}
screen-signed-in = Masuk: { $name } ({ $role }). Belum ada shift di sini: S membukanya.
screen-signed-in-shift = Masuk: { $name } ({ $role }). Shift { $shift } terbuka di loket ini.
screen-signed-out = { $name } sudah keluar. Berikutnya: nama, Tab, PIN, Enter.
screen-action-refund = Pengembalian dana pesanan { $code }
screen-action-block = Blokir { $seats }
screen-action-unblock = Buka blokir { $seats }
screen-action-cancel-showing = Pembatalan jadwal tayang { $showing }
screen-action-this = Ini
screen-approved-by = disetujui { $name }
screen-approval-needed = { $action } perlu persetujuan manajer.
screen-shift-open = shift { $shift } buka
screen-type-float = Ketik modal awal: uang tunai di laci saat mulai.
screen-type-counted = Ketik uang tunai yang dihitung di laci.
screen-title-open-shift = Buka shift · { $counter }
screen-title-shift = Shift · { $counter }
screen-title-close-shift = Tutup shift { $shift } · { $counter }
screen-title-closed-shift = Shift { $shift } ditutup · { $counter }
screen-shift-opened-by = dibuka { $at } oleh { $name }
screen-shift-opened-at = dibuka { $at }
screen-cash-sales = penjualan tunai ({ $count })
screen-cash-refunds = pengembalian tunai ({ $count })
screen-balanced = pas
screen-over-by = lebih { $amount }
screen-short-by-amount = kurang { $amount }
screen-shift-opened = Shift { $shift } dibuka dengan modal { $float }.
screen-shift-closed = Shift { $shift } ditutup. Laporan: { $path }
screen-shift-closed-without-file = Shift { $shift } ditutup, tetapi laporannya gagal ditulis: { $why }
screen-key-name-a-letter = huruf

# Bahasa Indonesia: bahasa loket, bukan terjemahan kata per kata. Setiap id juga ada di en.ftl
# dengan variabel yang sama (src/i18n/tests.rs memeriksanya).

## Perintah pemesanan

cli-held = Kursi { $seats } ditahan untuk jadwal tayang { $showing } sampai { $until }. Bayar dengan: boxoffice sell { $booking } --payment cash
cli-paid = Pesanan { $booking } dibayar { $payment }: { $total }
cli-cancelled = Pesanan { $booking } dibatalkan; kursi { $seats } kosong lagi.

## Kata-kata yang disimpan produk, seperti yang ditampilkan (nilai tersimpannya tidak berubah)

state-available = kosong
state-reserved = ditahan
state-occupied = terisi
state-blocked = diblokir
state-held = ditahan
state-paid = lunas
state-cancelled = dibatalkan
state-expired = kedaluwarsa
state-refunded = dikembalikan
state-open = buka
state-finished = selesai
state-sold = terjual
state-released = dilepas
kind-standard = reguler
kind-premium = premium
kind-wheelchair = kursi roda
kind-companion = pendamping
kind-out-of-service = rusak
payment-cash = tunai
payment-card = kartu
payment-qris = QRIS
payment-other = lainnya
role-cashier = kasir
role-manager = manajer
list-and = { $rest } dan { $last }

## Mesin: pesanan

booking-bad-code = { $typed } bukan kode pesanan ({ $length } huruf dan angka, seperti K7QM3X)
booking-none = tidak ada pesanan { $code }
sell-age-not-confirmed = { $film } untuk usia { $rating }: pastikan umur pembeli cukup sebelum menjual tiket anak (sell --confirm-age)
cancel-paid = pesanan { $code } sudah dibayar; lakukan pengembalian dana
cancel-cancelled = pesanan { $code } sudah dibatalkan
cancel-expired = pesanan { $code } sudah kedaluwarsa; kursinya sudah kosong lagi
cancel-refunded = dana pesanan { $code } sudah dikembalikan
extend-not-running = pesanan { $code } berstatus { $state }, bukan kursi yang sedang ditahan; waktunya tidak bisa diperpanjang
sell-already-paid = pesanan { $code } sudah dibayar
sell-cancelled = pesanan { $code } sudah dibatalkan; tahan kursinya lagi
sell-no-ticket-types = daftar harga { $price_list } tidak punya jenis tiket
sell-ticket-type-count = beri satu jenis tiket untuk semua { $seats } kursi atau satu per kursi, bukan { $given }
sell-no-price = daftar harga { $price_list } tidak punya harga { $ticket_type } untuk kursi { $seat_kind } (jenis tiket: { $known })

## Mesin: pengembalian dana dan alasan

reason-required = alasan wajib diisi
reason-too-long = alasan cukup satu baris, paling banyak { $max } karakter
reason-card-number = itu tampak seperti nomor kartu; boxoffice tidak pernah menyimpan data kartu, tulis alasannya tanpa nomor itu
refund-needs-reason = pengembalian dana perlu alasan
refund-negative = jumlah pengembalian dana tidak boleh negatif
refund-already = dana pesanan { $code } sudah dikembalikan seluruhnya
refund-not-paid-yet = pesanan { $code } belum dibayar; batalkan saja
refund-never-paid = pesanan { $code } tidak pernah dibayar ({ $state })
refund-over-paid = { $amount } melebihi yang dibayar untuk kursi itu ({ $paid })
refund-no-seats = tidak ada kursi yang disebut untuk dikembalikan dari pesanan { $code }; sebut seperti A1, atau jangan sebut sama sekali untuk mengembalikan semua kursi
refund-seat-not-in-booking = kursi { $seat } bukan bagian dari pesanan { $code }
refund-seat-already = dana kursi { $seat } pesanan { $code } sudah dikembalikan
refund-seat-twice = kursi { $seat } disebut dua kali

## Mesin: kursi, penahanan, blokir, kursi terbaik

block-out-of-service-in-layout = rusak menurut denah
block-no-seats = sebut paling sedikit satu kursi, seperti B7
best-chosen = Terbaik { $count }: { $places }{ $rows }{ $aisle }
best-rows = ({ $rows ->
    [2] dua baris
    [3] tiga baris
   *[other] { $rows } baris
})
best-across-aisle = melewati lorong
best-none-free = tidak ada kursi { $kind } yang kosong
best-only-free = hanya { $free } kursi { $kind } yang kosong
best-scattered = { $free } kursi { $kind } kosong, tetapi terpencar
best-no-room = tidak ada { $count } kursi { $kind } yang berdampingan atau di baris bersebelahan: { $left }
best-count-range = minta 1 sampai { $max } kursi
hold-no-seats = sebut paling sedikit satu kursi untuk ditahan, seperti B7
hold-too-many = satu pesanan paling banyak { $max } kursi
hold-seat-twice = ada kursi yang disebut dua kali
hold-not-positive = lama penahanan harus lebih dari nol
hold-no-such-seats = { $auditorium } tidak punya kursi { $seats }
hold-out-of-service = kursi { $seats } rusak
hold-taken = kursi { $seats } baru saja diambil
hold-taken-at = kursi { $seats } baru saja diambil di { $counters }
hold-lost = waktu tahan pesanan { $code } habis dan kursi { $seats } sudah diambil; tahan kursi lain
block-refused = tidak bisa memblokir { $seats }
unblock-refused = tidak bisa membuka blokir { $seats }

## Mesin: kertas dan pintu masuk

door-already-admitted = sudah masuk: kursi { $seat } pesanan { $code } masuk pukul { $at } lewat { $door }
door-refunded = dana dikembalikan: tiket kursi { $seat } pesanan { $code } sudah tidak berlaku
door-not-paid = bukan tiket lunas: kursi { $seat } pesanan { $code } tidak pernah terjual
door-other-showing = jadwal tayang salah: tiket ini untuk { $film }, { $auditorium }, { $starts }
door-too-early = terlalu awal: pintu { $film } dibuka pukul { $opens }
door-too-late = terlambat: pintu { $film } sudah ditutup pukul { $closed }
door-showing-cancelled = jadwal tayang dibatalkan: { $film } tidak diputar; arahkan penonton ke loket
door-no-such-ticket = pesanan { $code } tidak punya kursi { $seat }
print-nothing = pesanan { $code } belum dibayar: tidak ada tiket untuk dicetak
print-not-sold = kursi { $seat } bukan tiket terjual dari pesanan { $code }
print-no-refund = pesanan { $code } tidak punya pengembalian dana: tidak ada slip untuk dicetak

## Mesin: mengimpor berkas bioskop

import-at-line = baris { $line }, kolom { $column }: { $message }
import-currency-locked = bioskop sudah menerima uang dalam { $old_code } dengan { $old_decimals } desimal; mata uangnya tidak bisa diganti menjadi { $new_code } dengan { $new_decimals }
import-needs-venue = berkas bioskop yang pertama perlu bagian [venue]
import-layout-in-use = { $auditorium } sudah punya jadwal tayang, jadi denahnya tidak bisa diubah; beri nama lain untuk denah baru
import-unknown-film = film { $title } tidak dikenal
import-unknown-auditorium = studio { $name } tidak dikenal
import-unknown-price-list = daftar harga { $name } tidak dikenal
import-overlap = { $film } pukul { $starts } di { $auditorium } bertabrakan dengan jadwal tayang { $other_showing } ({ $other_film } pukul { $other_starts }, sampai { $other_until } termasuk { $cleanup } menit bersih-bersih)

## Mesin: shift kas

shift-none-open = loket { $counter } belum membuka shift; buka dulu (boxoffice shift open --float JUMLAH)
shift-negative-float = modal awal tidak boleh negatif
shift-already-open = loket { $counter } sudah membuka shift { $shift } sejak { $since }
shift-negative-count = uang tunai yang dihitung tidak boleh negatif
shift-none-to-close = loket { $counter } tidak punya shift terbuka untuk ditutup
shift-someone-elses = shift { $shift } di loket { $counter } milik { $owner }; { $owner } (atau manajer) yang menutupnya, lalu buka shift Anda sendiri

## Mesin: bioskop dan jadwal tayangnya

venue-none-yet = basis data ini belum punya bioskop; impor berkas bioskop dulu (boxoffice import BERKAS.toml)
showing-none = tidak ada jadwal tayang { $showing }
showing-sales-closed = penjualan jadwal tayang { $showing } ({ $start }) ditutup { $minutes } menit setelah film mulai
showing-finished = jadwal tayang { $showing } ({ $start }) sudah selesai; tidak ada penjualan maupun pengembalian dana
showing-was-cancelled = jadwal tayang { $showing } ({ $start }) dibatalkan; tidak ada penjualan maupun pengembalian dana
showing-over = jadwal tayang { $showing } sudah lewat
showing-refunds-nothing = jadwal tayang { $showing } sudah lewat; tidak ada pengembalian dana
showing-already = jadwal tayang { $showing } sudah { $status }

## Mesin: staf, masuk, persetujuan

action-blocking-seats = memblokir kursi
action-unblocking-seats = membuka blokir kursi
action-cancelling-showing = membatalkan jadwal tayang
action-importing-venue = mengimpor berkas bioskop
action-refund-after-start = pengembalian dana setelah film mulai
action-refund-other-amount = pengembalian dana dengan jumlah selain yang dibayar
action-adding-staff = menambah staf
action-disabling-staff = menonaktifkan staf
action-closing-others-shift = menutup shift kasir lain
staff-sign-in-first = staf sudah diatur di sini: masuk dulu (--staff NAMA dengan PIN di BOXOFFICE_PIN)
staff-no-longer-active = { $name } bukan staf aktif lagi
staff-own-approval = tidak ada yang boleh menyetujui sendiri { $what }
staff-cannot-approve = { $name } tidak bisa menyetujui: bukan manajer aktif
staff-needs-manager = { $what } perlu persetujuan manajer (--approver NAMA dengan PIN di BOXOFFICE_APPROVER_PIN)
staff-own-action = tidak ada yang boleh menyetujui tindakannya sendiri: minta manajer lain
staff-cashier-cannot-approve = { $name } seorang kasir; hanya manajer yang bisa menyetujui
staff-first-manager = staf pertama harus seorang manajer
staff-name-taken = sudah ada staf bernama { $name }
staff-none-named = tidak ada staf bernama { $name }
staff-last-manager = { $name } manajer aktif terakhir; tambahkan manajer lain dulu
staff-no-active-named = tidak ada staf aktif bernama { $name }
staff-wrong-pin = PIN salah untuk { $name } ({ $failed } dari { $max })
staff-locked-out = { $name } dikunci setelah { $max } kali PIN salah; coba lagi dalam { $seconds } detik
staff-bad-name = nama staf 1 sampai 40 karakter yang bisa dicetak
staff-bad-pin = PIN terdiri dari 4 sampai 12 angka

## Struk (40 kolom: label paling panjang 10, total 15)

receipt-booking = Pesanan
receipt-film = Film
receipt-showing = Jadwal
receipt-total = Total
receipt-paid-by = Bayar
receipt-tendered = Uang diterima
receipt-change = Kembalian
receipt-sold = Dijual { $at } di { $counter }
receipt-thanks = Terima kasih, selamat menonton!
receipt-training = PELATIHAN · bukan tiket

## Kertas: tiket dan slip pengembalian dana (dicetak dalam ASCII)

ticket-row-seat = BARIS { $row }  KURSI { $seat }
ticket-cashier = Kasir: { $name }
slip-refund = PENGEMBALIAN DANA
slip-seats = Kursi
slip-amount = Jumlah
slip-reason = Alasan: { $reason }
slip-by = Oleh
slip-approved-by = Disetujui oleh
slip-counter = Loket
paper-training = PELATIHAN
paper-reprint = CETAK ULANG { $copy }
paper-training-not-valid = PELATIHAN - TIDAK BERLAKU

## Laporan shift untuk laci kas (label paling panjang 28 kolom)

shift-report-training = PELATIHAN ·{" "}
shift-report-title = SHIFT { $shift } · loket { $counter } · { $staff }
shift-report-opened = dibuka { $at }
shift-report-closed = , ditutup { $at }
shift-report-float = modal awal
shift-report-sales = penjualan { $method } ({ $count })
shift-report-refunds = pengembalian { $method } ({ $count })
shift-report-expected = uang tunai seharusnya di laci
shift-report-counted = dihitung
shift-report-balanced = pas
shift-report-over = lebih
shift-report-short = kurang
shift-report-seal = segel { $seal }
state-sales-closed = penjualan ditutup

## Baris perintah: jadwal tayang

showings-all = Semua jadwal tayang
showings-none = tidak ada jadwal tayang
showings-col-id = NO
showings-col-starts = MULAI
showings-col-film = FILM
showings-col-auditorium = STUDIO
showings-col-free = KOSONG
showings-col-held = TAHAN
showings-col-sold = JUAL
showings-col-state = STATUS

## Baris perintah: denah kursi dan kursi terbaik

best-hold-them = Tahan kursinya dengan: { $command }
seats-showing = Jadwal tayang { $showing }
seats-screen = LAYAR
seats-legend = o kosong  P premium kosong  W tempat kursi roda  C kursi pendamping  r ditahan  X terjual  # rusak
seats-counts = kosong { $free } · ditahan { $held } · terjual { $sold } · rusak { $blocked }

## Baris perintah: pesanan

cli-refunded = Dana { $count } kursi ({ $seats }) pesanan { $booking } dikembalikan ({ $rest ->
    [none] tidak ada kursi tersisa
   *[some] kursi lain tetap terjual
}): { $amount }. Alasan: { $reason }
cli-refund-needs-reason = pengembalian dana perlu alasan (--reason TEKS)
cli-bad-payment = { $payment } bukan cara bayar (cash, card, qris atau other)
cli-booking-heading = Pesanan { $code } · { $state } · jadwal tayang { $showing }: { $film } · { $auditorium } · { $starts }
cli-booking-paid = dibayar { $total } dengan { $payment }
cli-booking-refund = pengembalian { $refund }: { $amount } untuk { $seats } ({ $reason })
cli-booking-refund-approved = pengembalian { $refund }: { $amount } untuk { $seats } ({ $reason }), disetujui oleh { $approver }

## Baris perintah: laporan harian (tabel dan CSV)

report-seal-none = segel: belum ada (belum ada peristiwa)
report-seal = segel: { $seal }  (periksa dengan boxoffice verify --seal { $seal })
report-heading = { $venue } · laporan { $day } ({ $zone }, jumlah dalam { $currency })
report-showings-title = JADWAL TAYANG YANG MULAI HARI INI
report-col-id = NO
report-col-time = JAM
report-col-film = FILM
report-col-auditorium = STUDIO
report-col-sold = JUAL
report-col-refunded = KMBL
report-col-admitted = MASUK
report-col-occupancy = TERISI
report-col-net = BERSIH
report-none = tidak ada
report-money-title = UANG DITERIMA HARI INI, MENURUT CARA BAYAR
report-col-method = CARA BAYAR
report-col-sales = JUAL
report-col-amount = JUMLAH
report-col-refunds = KMBL
report-by-film = MENURUT FILM (tiket yang dibayar hari ini)
report-by-ticket-type = MENURUT JENIS TIKET
report-refunds-title = PENGEMBALIAN DANA
report-refund-who = kasir { $cashier }, disetujui oleh { $approver }
report-totals = PENJUALAN { $sales }   PENGEMBALIAN { $refunds }   BERSIH { $net }
csv-section = bagian
csv-key = kunci
csv-count = jumlah
csv-amount = nominal
csv-detail = rincian
csv-showing-detail = keterisian { $occupancy } dari { $capacity }; terjual { $sold }, dikembalikan { $refunded }, masuk { $admitted }
csv-refund-detail = { $reason } | kasir { $cashier } | penyetuju { $approver }
csv-training-detail = angka latihan, bukan pendapatan

## Baris perintah: menyiapkan, mengimpor, merapikan, memeriksa

cli-no-home = folder rumah untuk basis data tidak ditemukan; beri --db PATH
cli-init-created = Basis data { $path } dibuat
cli-init-created-training = Basis data pelatihan { $path } dibuat
cli-init-opened = Basis data { $path } yang sudah ada dibuka
cli-init-opened-training = Basis data pelatihan { $path } yang sudah ada dibuka
cli-init-demo = { $done } dengan bioskop demo: { $report }.
    Coba: boxoffice --db { $path } showings
cli-init-empty = { $done }; skemanya sudah mutakhir. Berikutnya: boxoffice --db { $path } import BIOSKOP.toml
cli-imported = { $file } diimpor: { $report }.
cli-cannot-read = tidak bisa membaca { $file }: { $error }
cli-not-a-file = { $file } bukan berkas biasa; berikan berkas bioskopnya sendiri
cli-file-too-large = { $file } lebih besar dari batas berkas bioskop (10 MB)
cli-not-utf8 = { $file } bukan teks UTF-8
cli-import-report = { $auditoriums } studio ditambahkan, { $films } film, { $price_lists } daftar harga, { $showings } jadwal tayang ditambahkan ({ $existing } sudah ada)
cli-tick = { $holds } penahanan kedaluwarsa, { $seats } kursi dilepas, { $showings } jadwal tayang dikosongkan kembali.
verify-ok = ok: basis data utuh dan semua aturan siklus kursi terpenuhi
verify-ok-seal = ok: basis data utuh, semua aturan siklus kursi terpenuhi, dan segel { $event } cocok
verify-broken = { $count } aturan dilanggar:
cli-screen-no-venue = { $path } belum punya bioskop; impor berkas bioskop dulu (boxoffice --db { $path } import BERKAS.toml, lihat assets/demo-venue.toml) atau coba boxoffice demo

## Baris perintah: staf, shift, blokir, jadwal batal, cetak, pintu masuk

cli-bad-role = { $role } bukan peran (cashier atau manager)
cli-staff-added = { $name } ditambahkan sebagai { $role }.
cli-staff-none = Belum ada staf: loket ini dipakai satu orang. Tambahkan manajer dengan: boxoffice staff add NAMA --role manager
cli-staff-disabled = nonaktif
cli-staff-locked = dikunci sampai { $until }
cli-staff-active = aktif
cli-staff-disabled-done = { $name } dinonaktifkan.
cli-pin-no-terminal = PIN tidak bisa dibaca dari terminal ({ $error }); pakai --pin-stdin
cli-pin-prompt = PIN untuk { $name }:
cli-pin-again = Ulangi:
cli-pin-differ = kedua PIN berbeda; tidak ada yang ditambahkan
cli-pin-no-stdin = PIN tidak bisa dibaca dari masukan standar: { $error }
cli-shift-opened = Shift { $shift } dibuka di { $counter } dengan modal awal { $float }.
cli-shift-report-written = Laporan shift ditulis ke { $path }
cli-shift-none = Tidak ada shift yang terbuka di { $counter }.
cli-reason-required = alasan wajib diisi (--reason TEKS)
cli-blocked = Kursi { $seats } diblokir untuk jadwal tayang { $showing }.
cli-unblocked = Kursi { $seats } bisa dijual lagi untuk jadwal tayang { $showing }.
cli-showing-cancelled = Jadwal tayang { $showing } dibatalkan: { $holds } penahanan dilepas, dana { $bookings } pesanan dikembalikan penuh ({ $total }).
cli-no-printer = tidak ada printer: beri --printer TARGET atau atur BOXOFFICE_PRINTER
cli-print-failed = { $error }; cetakan sudah dicatat, cetak ulang setelah printer menyala lagi
cli-printed = { $count } tiket pesanan { $booking } dicetak di { $printer }: { $seats }
cli-not-printed = tidak tercetak: { $error }; cetak ulang dengan `boxoffice print { $code }`
cli-admit = MASUK { $film } · { $auditorium } · kursi { $seat } ({ $admitted } sudah masuk)
cli-give-staff = staf sudah diatur di sini: beri --staff NAMA, dengan PIN di BOXOFFICE_PIN
cli-pin-env = isi { $variable } dengan PIN milik { $name }
cli-kind-without-best = --kind hanya bersama --best N; kursi yang disebut ditahan apa adanya


## Baris perintah: menyalin basis data
cli-copy-done = { $source } disalin ke { $destination }: { $showings } jadwal tayang, { $bookings } pesanan, { $staff } staf, { $shifts } shift, { $events } peristiwa, hash tidak berubah; periksa dengan: boxoffice --db { $destination } verify
copy-not-empty = tujuan sudah berisi data bioskop (tabel { $table } tidak kosong); salin hanya ke basis data yang kosong
copy-schema-differs = tabel { $table } berbeda di kedua basis data ({ $detail }); perbarui boxoffice di keduanya dulu

## Gangguan penyimpanan (kalimat untuk kasir; log menyimpan kata-kata SQLite sendiri)

fault-busy = basis data terlalu lama dikunci loket lain; tidak ada yang berubah, coba lagi
fault-disk-full = disk penuh; tidak ada yang berubah: kosongkan sebagian ruang, lalu coba lagi
fault-read-only = berkas basis data atau foldernya hanya-baca; tidak ada yang berubah: minta izin tulis untuk keduanya
fault-damaged = berkas basis data atau berkas -wal-nya hilang, rusak atau tidak terbaca; tidak ada yang berubah: hentikan semua loket dan pulihkan cadangan terakhir
fault-cannot-open = berkas basis data tidak bisa dibuka (foldernya tidak ada atau bukan milik kita); tidak ada yang berubah
fault-server-lost = sambungan ke server basis data terputus; tidak ada yang setengah jadi tersimpan: boxoffice menyambung kembali sendiri, coba lagi sebentar lagi

## Temuan verify: aturan yang dilanggar setiap temuan

rule-reserved-seat = kursi yang ditahan milik pesanan tahan yang mengklaimnya, dengan batas waktu yang sama
rule-occupied-seat = kursi terisi punya tepat satu tiket lunas yang tidak dikembalikan
rule-live-claims-on-map = setiap penahanan atau tiket aktif dari jadwal tayang yang buka ada di denah kursi
rule-finished-restocked = jadwal tayang yang selesai sudah dikosongkan: tidak ada kursi ditahan atau terisi
rule-out-of-service-blocked = kursi rusak diblokir di setiap jadwal tayang
rule-one-inventory-row = setiap kursi di setiap jadwal tayang punya tepat satu baris inventaris
rule-claims-match-state = klaim kursi sebuah pesanan sesuai dengan statusnya
rule-total-is-sum = total pesanan lunas sama dengan jumlah harga tiketnya
rule-refund-bounds = pengembalian dana mencakup paling sedikit satu kursi dan tidak melebihi harga kursi itu
rule-events-record-all = peristiwa mencatat setiap pesanan, penjualan, pembatalan, kedaluwarsa, pengembalian dana dan pengosongan
rule-cancelled-showing-empty = jadwal tayang yang dibatalkan tidak punya penahanan atau tiket aktif
rule-blocks-recorded = setiap kursi yang diblokir untuk jadwal tayang diblokir lewat peristiwa yang tercatat
rule-shift-expected = shift yang ditutup mengharapkan modal awal ditambah penjualan tunai dikurangi pengembalian tunai
rule-event-money = uang dalam peristiwa sama dengan uang dalam pesanan dan pengembalian dana
rule-admitted-was-sold = kursi yang sudah masuk adalah tiket terjual dari pesanannya, di jadwal tayang pesanan itu
rule-admission-events = setiap kedatangan punya peristiwa masuknya, dan tidak ada peristiwa masuk tanpa kedatangannya
rule-sqlite-integrity = pemeriksaan integritas SQLite
rule-references = setiap rujukan menunjuk ke baris yang ada
rule-chain-unbroken = log peristiwa tidak terputus: tidak ada baris yang diubah, disisipkan atau dihapus
rule-pins-from-log = PIN setiap staf sama dengan yang dicatat log
rule-amounts-in-range = setiap jumlah berada dalam batas yang boleh diatur berkas bioskop (agar penjumlahannya benar)
rule-append-only = log peristiwa hanya bisa ditambah: pemicunya terpasang
rule-time-forward = di basis data sungguhan, waktu dalam log tidak pernah mundur
rule-training-logged = basis data pelatihan mencatatnya di log
rule-staff-from-log = setiap staf adalah yang ditambahkan log, dengan peran itu, aktif kecuali log menonaktifkannya
rule-event-bookings-exist = setiap peristiwa menyebut pesanan yang ada
rule-sale-from-log = penjualan sesuai catatan log: cara bayar, total, serta jenis dan harga setiap tiket
rule-refund-from-log = pengembalian dana sesuai catatan log: jumlah, alasan, siapa dan siapa yang menyetujui
rule-shift-from-log = shift sesuai yang dibuka dan ditutup log: loket, kasir, modal awal dan hitungan
rule-showing-from-import = jadwal tayang berada di tempat yang ditetapkan impornya
rule-replay-admits-sold = log peristiwa, bila diputar ulang, tidak pernah memasukkan kursi yang tidak dijualnya
rule-replay-seats = setiap kursi berada di status yang ditinggalkan log peristiwa yang diputar ulang
rule-replay-claims = kursi sebuah pesanan adalah kursi yang dicatat penahanannya
rule-replay-bookings = setiap pesanan berada di status yang ditinggalkan log peristiwa yang diputar ulang
rule-replay-showings = setiap jadwal tayang berada di status yang ditinggalkan log peristiwa yang diputar ulang
verify-seal-rule = log masih menyimpan peristiwa bersegel { $event }
verify-failed = verify menemukan { $count } aturan yang dilanggar

## Penolakan yang didefinisikan domain bersama tipenya (lihat i18n::errors)

error-seat-label = { $shown } bukan nomor kursi (huruf baris lalu nomor kursi, seperti B7)
error-ticket-type = { $shown } bukan nama jenis tiket (huruf kecil, angka, - dan _)
error-zone = { $shown } bukan zona waktu IANA (seperti Asia/Jakarta atau Europe/Berlin)
error-local-time = { $shown } bukan waktu setempat (tulis seperti 2026-11-24 19:00)
error-date = { $shown } bukan tanggal (tulis seperti 2026-11-24)
error-time-skipped = { $time } tidak ada di { $zone }: jam dimajukan melewatinya (waktu musim panas)
error-duration = { $shown } bukan lama waktu (tulis seperti 10m, 90s atau 1h)
error-currency-code = mata uang { $code } harus kode tiga huruf seperti IDR atau EUR
error-decimals = mata uang paling banyak { $max } desimal, bukan { $decimals }
error-amount = { $shown } bukan jumlah dalam { $code } (tulis seperti { $example })
seal-bad = segel ditulis NO:HASH, seperti tercetak di laporan (mis. 42:3f9a…)
sell-total-overflow = harga tiket-tiket ini terlalu besar untuk dijumlahkan
database-missing = tidak ada basis data di { $path }; buat dengan `boxoffice init` (atau coba `boxoffice demo`)
database-foreign = { $path } bukan basis data boxoffice; tidak akan disentuh
database-newer = { $path } ditulis oleh boxoffice yang lebih baru (versi skema { $found }, program ini hanya mengenal sampai { $known }); perbarui boxoffice sebelum memakai basis data ini


cli-cancelled = Pesanan { $booking } dibatalkan; { $count ->
   *[other] kursi { $seats } kosong lagi.
}

## screen
# Layar kasir (src/tui/text.rs dan text/): judul, baris tombol, bantuan ?, baris status.

screen-training = PELATIHAN
screen-welcome = Siap. Enter membuka kursi jadwal tayang; ? menampilkan semua tombol.
screen-working = Sedang diproses…
screen-loading = Memuat…
screen-slow-database = Basis data lambat menjawab (mungkin loket lain sedang sibuk); tidak ada yang hilang, coba lagi.
screen-offline = TANPA SERVER
screen-server-back = Tersambung lagi ke server basis data: penjualan bisa dilanjutkan.
screen-server-lost = Server basis data tidak terjangkau: tidak ada yang bisa dijual sampai tersambung lagi; menyambung kembali sendiri… ({ $why })
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
screen-open-holds = Tahanan loket ini ($ membawa yang pertama ke pembayaran):
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
    [1] Ada pesanan yang masih ditahan di sini: $ membawanya ke pembayaran.
   *[other] { $count } pesanan masih ditahan di sini: $ membawa yang pertama ke pembayaran.
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
screen-confirm-child-ticket = { $film } untuk usia { $rating }: tiket anak hanya setelah usia pembeli diperiksa. Tetap jual sebagai tiket anak?
screen-confirm-or-back = Enter atau y konfirmasi · Esc kembali
screen-door-title = boxoffice pintu
screen-door-any-showing = semua jadwal
screen-door-scan = Pindai tiket
screen-door-admit = MASUK
screen-door-stop = TOLAK
screen-door-checking = (memeriksa…)
screen-door-scanner = pemindai · Esc untuk menutup
screen-door-name = Pintu { $door }
screen-door-showing = jadwal { $showing }
screen-door-admitted = { $count } sudah masuk
screen-door-admitted-to = { $film } · { $auditorium } · kursi { $seat }

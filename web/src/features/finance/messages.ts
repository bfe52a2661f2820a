// The «Курсы валют» page's texts; ru.ts and en.ts take them in under `fin`.
export const financeRu = {
  tab: 'Курсы валют',
  hint: 'Официальные курсы НБ РБ: сколько рублей стоят 1, 10 или 100 единиц валюты. На дату действует последний курс, установленный не позже неё.',
  onDate: 'На дату',
  none: 'Курсов на эту дату нет',
  col: { currency: 'Валюта', rate: 'Курс, руб.', scale: 'За единиц', rateDate: 'Установлен на', source: 'Источник', by: 'Внёс' },
  source: { MANUAL: 'вручную', IMPORT: 'из файла', NBRB: 'НБ РБ' },
  form: {
    title: 'Внести курс',
    currency: 'Валюта',
    date: 'Дата',
    scale: 'За единиц',
    rate: 'Курс, руб.',
    save: 'Сохранить курс',
    saved: 'Курс {currency} на {date} сохранён',
    badCurrency: 'Код валюты — три латинские буквы, например USD',
    badRate: 'Курс — число больше нуля',
    required: 'Заполните поле',
  },
  loadFailed: 'Не удалось загрузить курсы',
  saveFailed: 'Не удалось сохранить курс',
}

export type FinanceMessages = typeof financeRu

export const financeEn: FinanceMessages = {
  tab: 'Exchange rates',
  hint: 'Official NBRB rates: how many roubles 1, 10 or 100 units of a currency cost. A date uses the latest rate set on or before it.',
  onDate: 'On date',
  none: 'No rates for this date',
  col: { currency: 'Currency', rate: 'Rate, BYN', scale: 'Per units', rateDate: 'Set for', source: 'Source', by: 'Entered by' },
  source: { MANUAL: 'by hand', IMPORT: 'from a file', NBRB: 'NBRB' },
  form: {
    title: 'Enter a rate',
    currency: 'Currency',
    date: 'Date',
    scale: 'Per units',
    rate: 'Rate, BYN',
    save: 'Save rate',
    saved: 'Rate of {currency} on {date} saved',
    badCurrency: 'A currency code is three Latin letters, e.g. USD',
    badRate: 'The rate is a number above zero',
    required: 'Fill in this field',
  },
  loadFailed: 'Could not load the rates',
  saveFailed: 'Could not save the rate',
}

import { describe, expect, it } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createMemoryHistory, createRouter } from 'vue-router'
import SectionTabs, { type SectionTab } from './section-tabs.vue'

const screen = (text: string) => ({ template: `<p data-test="screen">${text}</p>` })

async function mountAt(path: string, tabs: SectionTab[]) {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/a', name: 'sec-a', component: screen('A') },
      { path: '/b', name: 'sec-b', component: screen('B') },
      { path: '/b/1', name: 'sec-b-card', component: screen('B1') },
      { path: '/new', name: 'sec-new', component: screen('new') },
    ],
  })
  await router.push(path)
  const wrapper = mount(SectionTabs, {
    props: { title: 'Раздел', tabs, test: 'sec-page', aliases: { 'sec-b-card': 'sec-b' }, headings: { 'sec-new': 'Новый' } },
    global: { plugins: [router] },
  })
  await flushPromises()
  return wrapper
}

describe('section-tabs', () => {
  const tabs: SectionTab[] = [
    { name: 'sec-a', label: 'Первая' },
    { name: 'sec-b', label: 'Вторая', test: 'tab-second' },
    { name: 'sec-new', label: 'Скрытая', visible: () => false },
  ]

  it('shows the section, the open tab as the heading, its screen, and only the tabs its predicate allows', async () => {
    const wrapper = await mountAt('/a', tabs)
    expect(wrapper.get('[data-test="sec-page"] .crumb').text()).toBe('Раздел')
    expect(wrapper.get('h1').text()).toBe('Первая')
    expect(wrapper.get('[data-test="screen"]').text()).toBe('A')
    expect(wrapper.findAll('.tab').map((tab) => tab.attributes('data-test'))).toEqual(['tab-sec-a', 'tab-second'])
    expect(wrapper.get('[data-test="tab-sec-a"]').classes()).toContain('active')
    expect(wrapper.get('[data-test="tab-second"]').classes()).not.toContain('active')
  })

  it('highlights the tab a route stands under, and takes a heading given for a route without a tab', async () => {
    const card = await mountAt('/b/1', tabs)
    expect(card.get('[data-test="tab-second"]').classes()).toContain('active')
    expect(card.get('h1').text()).toBe('Вторая')
    const form = await mountAt('/new', tabs)
    expect(form.get('h1').text()).toBe('Новый')
    expect(form.findAll('.tab.active')).toHaveLength(0)
  })
})
